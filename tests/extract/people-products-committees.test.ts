import { describe, expect, it } from 'vitest';
import { committeesExtractor, splitItems } from '../../pipeline/stages/extract/extractors/committees.ts';
import { peopleExtractor } from '../../pipeline/stages/extract/extractors/people.ts';
import { productsExtractor } from '../../pipeline/stages/extract/extractors/products.ts';
import { extractOrganisations } from '../../pipeline/stages/extract/extractors/organisations.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const run = (extractor: typeof peopleExtractor, text: string) => {
  const { facts } = extractor.extract(doc(text));
  expectExactQuotes(text, facts);
  return facts;
};

describe('people', () => {
  it('finds « Prénom Nom, alors directeur de la X » from the sources', () => {
    const people = dataOf(run(peopleExtractor, "Henri Verdier, alors directeur de la DINSIC, a affirmé en qu'il existe un accord."), 'person');
    expect(people).toEqual([{ kind: 'person', name: 'Henri Verdier', role: 'directeur de la DINSIC', organisation: { acronym: 'DINSIC' } }]);
  });

  it('finds role-first, parenthesised and civility forms written by us', () => {
    const text =
      "La ministre Amélie de Montchalin a ouvert la séance. Mme Jeanne Martin (cheffe de projet à la DITP) présente, et le directeur de la DINUM, Jean Dupont, conclut.";
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => `${p.name} | ${p.role}`)).toEqual([
      'Amélie de Montchalin | ministre',
      'Jeanne Martin | cheffe de projet à la DITP',
      'Jean Dupont | directeur de la DINUM',
    ]);
  });

  it('reads speaker lists: « Prénom Nom (Organisme) », « Prénom Nom – rôle, organisme »', () => {
    const text = 'Programme :\n\n- Jeanne Martin (Cour des comptes)\n- **Paul Durand** – chef de projet, ministère de la Culture\n- Sophie Bernard, chercheuse au CNRS\n- Introduction générale (Paris)\n';
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => [p.name, p.role, p.organisation?.name ?? p.organisation?.acronym ?? null])).toEqual([
      ['Jeanne Martin', null, 'Cour des comptes'],
      ['Paul Durand', 'chef de projet, ministère de la Culture', 'ministère de la Culture'],
      ['Sophie Bernard', 'chercheuse au CNRS', 'CNRS'],
    ]);
  });

  it('reads people enumerated with their roles and capitalised roles in parentheses', () => {
    const text =
      "Présentation par Claire Dubois, directrice, Hugo Lambert, expert technique, et Nina Roche, responsable produit SIG. Keynote de Marc Vidal (Chef de l'Inspection générale de l'INSEE).";
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => `${p.name} | ${p.role}`)).toEqual([
      'Claire Dubois | directrice',
      'Hugo Lambert | expert technique',
      'Nina Roche | responsable produit SIG',
      "Marc Vidal | Chef de l'Inspection générale de l'INSEE",
    ]);
  });

  it('reads authors and contacts in the front matter', () => {
    const text = '---\nauthor: Jeanne Martin, équipe Données\ncontact-presse:\n  name: Paul Durand\n  email: p@x.fr\n---\nTexte.';
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role}`)).toEqual(['Jeanne Martin | auteur', 'Paul Durand | contact presse']);
  });

  it('does not take capitalised phrases without a role for people', () => {
    expect(run(peopleExtractor, 'Le Conseil National du Numérique, Premier Ministre et France Travail se réunissent.')).toEqual([]);
  });
});

describe('products', () => {
  it('finds « le service X » with the operator that runs it', () => {
    const products = dataOf(run(productsExtractor, 'La DINSIC a conçu et gère le service FranceConnect depuis 2016.'), 'product');
    expect(products).toEqual([{ kind: 'product', name: 'FranceConnect', acronym: null, type: 'service', operator: { acronym: 'DINSIC' }, description: null }]);
  });

  it('finds « X est une application de … » and enumerations after a product word', () => {
    const text = 'Resonance est une application de messagerie sécurisée. Les outils proposés aux agents : Atelier Ouvert, Visio Plus et Partage.';
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name}/${p.type}`)).toEqual([
      'Resonance/application',
      'Atelier Ouvert/outil',
      'Visio Plus/outil',
      'Partage/outil',
    ]);
  });

  it('reads tables naming products and their producer', () => {
    const text = '| Nom | Producteur | Description |\n|---|---|---|\n| [Répertoire des entreprises](https://exemple.fr/r) | INSEE | Les entreprises |\n| Base des lieux | Ministère de la Culture | Les lieux |\n';
    const products = dataOf(run(productsExtractor, text), 'product');
    expect(products.map((p) => [p.name, p.operator?.acronym ?? p.operator?.name, p.description])).toEqual([
      ['Répertoire des entreprises', 'INSEE', 'Les entreprises'],
      ['Base des lieux', 'Ministère de la Culture', 'Les lieux'],
    ]);
  });

  it('finds products enumerated after « notamment » and products « du nom de X »', () => {
    const text =
      'Elle remplace des applications très utilisées, notamment Discordia ou encore Parloir. Il s’agit d’un logiciel libre existant du nom de Matrice, développé ailleurs.';
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => p.name)).toEqual(['Discordia', 'Parloir', 'Matrice']);
  });

  it('finds sites named by their domain and APIs named by an identifier, not URLs or addresses', () => {
    const text = 'Publié sur donnees.exemple.gouv.fr et via l’API adresse ; voir https://autre.exemple.fr/page ou écrire à x@site.exemple.fr.';
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => p.name)).toEqual(['donnees.exemple.gouv.fr', 'API adresse']);
  });

  it('takes neither a site given for reference (« En savoir plus : exemple.fr ») nor an organisation’s name for a product', () => {
    const text = [
      'La direction des données publiques (DDP) anime la plateforme Alpha et le site donnees.exemple.fr.',
      '* En savoir plus : [ddp.exemple.gouv.fr](https://ddp.exemple.gouv.fr/) ; plus d’informations : agence.exemple.fr',
      'La DDP publie aussi la plateforme Bêta Connect.',
    ].join('\n');
    const names = dataOf(run(productsExtractor, text), 'product').map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Alpha', 'donnees.exemple.fr', 'Bêta Connect']));
    expect(names).not.toContain('ddp.exemple.gouv.fr');
    expect(names).not.toContain('agence.exemple.fr');
    expect(names.map((n) => n.toLowerCase())).not.toContain('la ddp');
  });

  it('splits table cells holding several linked items and drops the acronym from the name', () => {
    const text = '| Nom | Producteur |\n|---|---|\n| [Liste A](https://a.fr) et [Liste B](https://b.fr) | ONISEP |\n| [Base Nationale (BNX)](https://c.fr) | IGN |\n';
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => p.name)).toEqual(['Liste A', 'Liste B', 'Base Nationale']);
  });

  it('reads the operator given in parentheses in an enumeration of projects', () => {
    const text = 'Il est déployé via les projets ministériels : Orion (MINARM), Vega (DGFiP/Archives) et Lyra.';
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => [p.name, p.operator?.acronym ?? null])).toEqual([
      ['Orion', 'MINARM'],
      ['Vega', 'DGFiP'],
      ['Lyra', null],
    ]);
  });

  it('finds product-headed acronym definitions', () => {
    const products = dataOf(run(productsExtractor, 'La plateforme d’accès à Internet (PFAI) assure l’interfonctionnement.'), 'product');
    expect(products.map((p) => p.name)).toEqual(["plateforme d'accès à Internet"]);
  });
});

describe('committees', () => {
  it('reads the rows of a tab-separated table with HTML lists in cells', () => {
    const text = [
      'Comité\tParticipants\tPoints de discussion\tFréquence',
      'Conseil du numérique\t<ul> <li>DINUM</li> <li>DB, ANSSI</li> </ul>\t<ul><li><b>Mise en cohérence</b> des travaux</li></ul>\t<ul><li>Semestrielle</li><li>Mensuelle</li></ul>',
      'Comité technique\t<ul><li>DSI des ministères</li></ul>\t<ul><li>Suivi</li></ul>\t<ul><li>Mensuelle</li></ul>',
    ].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees).toEqual([
      { kind: 'committee', name: 'Conseil du numérique', frequency: 'Semestrielle; Mensuelle', participants: ['DINUM', 'DB', 'ANSSI'], topics: ['Mise en cohérence des travaux'] },
      { kind: 'committee', name: 'Comité technique', frequency: 'Mensuelle', participants: ['DSI des ministères'], topics: ['Suivi'] },
    ]);
  });

  it('reads a markdown pipe table and skips tables without participants or frequency', () => {
    const text = '| Instance | Membres | Périodicité |\n|---|---|---|\n| Comité de pilotage | DG, DSI et SG | Trimestrielle |\n\n| Année | Budget |\n|---|---|\n| 2020 | 3 |';
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants.join('+')])).toEqual([['Comité de pilotage', 'Trimestrielle', 'DG+DSI+SG']]);
  });

  it('finds a committee in prose with its frequency and participants', () => {
    const c = dataOf(run(committeesExtractor, 'Le comité de suivi se réunit chaque mois et réunit la direction, les ministères et les opérateurs.'), 'committee');
    expect(c[0]).toMatchObject({ name: 'comité de suivi', frequency: 'chaque mois', participants: ['la direction', 'les ministères', 'les opérateurs'] });
  });

  it('finds a committee set up or chaired in prose, without a frequency', () => {
    const text = "Il est institué auprès du ministre un comité d'orientation des données. Le comité d'orientation des données est présidé par le directeur. Le conseil et l'expertise sont assurés.";
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name)).toEqual(["comité d'orientation des données", "comité d'orientation des données"]);
  });

  it('splits plain cells on commas and « et »', () => {
    expect(splitItems('DINUM, DITP et DAE', true)).toEqual(['DINUM', 'DITP', 'DAE']);
  });
});

describe('people: the body an office heads', () => {
  it('attaches « X, directrice du numérique » to the direction du numérique', () => {
    const people = dataOf(run(peopleExtractor, 'Marie Lefèvre, directrice du numérique, a présenté la feuille de route.'), 'person');
    expect(people[0]!.organisation).toEqual({ name: 'direction du numérique' });
  });
});

describe('products: names in capitals', () => {
  it('keeps « la plateforme PLACE » but not « les services RH »', () => {
    const names = dataOf(run(productsExtractor, 'La DAE pilote la plateforme PLACE. Les services RH et le service SI suivent.'), 'product').map((p) => p.name);
    expect(names).toEqual(['PLACE']);
  });
});

describe('people: more shapes', () => {
  it('reads « chef du service … », roles closed by a dash, and speakers with their body in parentheses', () => {
    const text =
      "Ouverture par Anne Roux, chef du service du numérique du ministère de la Culture. Présentation par Marie-Anne Petit, archiviste – Centre des archives. Une note par Paul Durand (Ministères sociaux) et Léa Simon (DINUM). Actuellement Marc Vidal, chercheur, travaille. Par Paris Habitat (PH).";
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => `${p.name} | ${p.role ?? ''} | ${p.organisation?.name ?? p.organisation?.acronym ?? ''}`)).toEqual([
      'Anne Roux | chef du service du numérique du ministère de la Culture | service du numérique du ministère de la Culture',
      'Marie-Anne Petit | archiviste | ',
      'Paul Durand |  | Ministères sociaux',
      'Léa Simon |  | DINUM',
      // « Actuellement » is no first name: the person is « Marc Vidal » (a common given name and a surname).
      'Marc Vidal | chercheur | ',
    ]);
  });
});

describe('people: named among a group', () => {
  it('reads « d’autres personnalités comme Prénom Nom » and « inventeur »', () => {
    const people = dataOf(run(peopleExtractor, "D'autres personnalités comme Hélène Robert ont quitté. Le nom honore Jules Ferrand, inventeur du télégraphe."), 'person');
    expect(people.map((p) => `${p.name} | ${p.role ?? ''}`)).toEqual(['Hélène Robert | ', 'Jules Ferrand | inventeur du télégraphe']);
  });
});

describe('committees: generic names described by their members', () => {
  it('keeps « le groupe de travail constitué d’agents … » but not « le comité » alone', () => {
    const c = dataOf(run(committeesExtractor, 'Première réunion du groupe de travail constitué d’agents des directions régionales. Le comité se réunit.'), 'committee');
    expect(c.map((x) => [x.name, x.participants.join('+')])).toEqual([['groupe de travail', 'agents des directions régionales']]);
  });
});

describe('products: matrix tables', () => {
  it('reads the rows of a product × organisation matrix, with the first organisation involved as operator', () => {
    const text = '\tDSIN\tMINX\tMINY\n Réseau Alpha\tOpération\t\t\nCloud Beta\t\tCloud interne\tCloud interne\n...\t\t\t\n';
    const products = dataOf(run(productsExtractor, text), 'product');
    expect(products.map((p) => [p.name, p.operator?.acronym ?? null])).toEqual([
      ['Réseau Alpha', 'DSIN'],
      ['Cloud Beta', 'MINX'],
    ]);
  });
});

describe('people: a given name and a surname, without a role', () => {
  const people = (text: string) => dataOf(run(peopleExtractor, text), 'person');

  it('names speakers and authors introduced without a role, with what follows in parentheses', () => {
    const text =
      "Ouverture de la journée par Jeanne Martin. Pierre-Étienne Lefort a été prolongé jusqu'en 2021. Keynote de Jean Marc Petit (ex-DINUM) sur l'IA. Le projet est porté par Clément Roux (chercheur).";
    expect(people(text).map((p) => `${p.name} | ${p.role ?? '—'} | ${p.organisation?.acronym ?? p.organisation?.name ?? '—'}`)).toEqual([
      'Jeanne Martin | — | —',
      'Pierre-Étienne Lefort | — | —',
      'Jean Marc Petit | — | ex-DINUM',
      'Clément Roux | chercheur | —',
    ]);
  });

  it('takes no place, school or law named after a person, and no capitalised word before the given name', () => {
    expect(people("L'atelier a lieu au lycée Louise Michel, 12 rue Victor Hugo, puis à Saint-Denis Martin.")).toEqual([]);
    expect(people('Selon Nathalie Durand, directrice de projet à la DINUM, le service progresse.').map((p) => p.name)).toEqual(['Nathalie Durand']);
    // « Clément » ends like an adverb (« Actuellement ») but is a given name.
    expect(people('Clément Roux, directeur du programme, ouvre la séance.').map((p) => p.name)).toEqual(['Clément Roux']);
  });

  it('still needs a role for a name whose first word is not a common given name', () => {
    expect(people('Introduction par Xavière Quint et Projet Albert.')).toEqual([]);
  });
});

describe('products: a name in apposition to a product word', () => {
  const products = (text: string) => dataOf(run(productsExtractor, text), 'product');

  it('reads « Xyz, la plateforme de … » and « Xyz, un service qui … » with the apposition as description', () => {
    const text = 'Le bureau des applications développe Agrinet, la plateforme de déclaration des aides. Le ministère a lancé DossierLoc, un service qui aide les locataires.';
    expect(products(text).map((p) => `${p.name} | ${p.type} | ${p.description}`)).toEqual([
      'Agrinet | plateforme | plateforme de déclaration des aides',
      'DossierLoc | service | service qui aide les locataires',
    ]);
  });

  it('takes neither an opening adverbial nor a person or a place for a product', () => {
    expect(products('En 2020, la plateforme a été ouverte. Jean Martin, le responsable du projet, présente. Paris, la capitale, accueille le salon.')).toEqual([]);
  });

  it('reads the name set off by commas after a product word and its complement', () => {
    const text =
      "Le guide s'accompagne d'un outil d'autodiagnostic, Ecomètre, développé par le bureau des achats. " +
      'Depuis 2022, nous proposons une application de réservation de salles, Salle Libre, déjà adoptée par vingt services.';
    expect(products(text).map((p) => `${p.name} | ${p.type} | ${p.description}`)).toEqual([
      "Ecomètre | outil | outil d'autodiagnostic",
      'Salle Libre | application | application de réservation de salles',
    ]);
    // A place or an opening word after the comma is no name.
    expect(products('Le service de proximité, Lyon, Lille et Nantes en tête, progresse. Il ouvre un guichet unique, Ensuite, il recrute.')).toEqual([]);
  });
});

describe('products: qualifiers and titles', () => {
  const products = (text: string) => dataOf(run(productsExtractor, text), 'product');

  it('reads « le portail cartographique Xyz » and a long qualifier before a quoted name, each as description', () => {
    const text =
      'La direction opère le portail cartographique GéoPlan et la plateforme collaborative Tandem. ' +
      "Elle développe aussi le service d'orientation des usagers vers les lieux d'accueil « Boussole ».";
    expect(products(text).map((p) => `${p.name} | ${p.description}`)).toEqual([
      'GéoPlan | portail cartographique',
      'Tandem | plateforme collaborative',
      "Boussole | service d'orientation des usagers vers les lieux d'accueil",
    ]);
  });

  it('takes no count in a column headed « Applications » and no name across a table cell', () => {
    const text = ['Lot\tOpérateur\tApplications\tÉchéance', 'Lot 1\tCentre de calcul de Rodez (CCR)\t24\tjuin 2026', 'Lot 2\tCentre de calcul de Dole (CCD)\t12\tmars 2027'].join('\n');
    expect(products(text)).toEqual([]);
  });

  it('reads a CamelCase name before « : le <product word> » in a title, not a label', () => {
    const text = ['# MonCompteCantine : le téléservice de paiement des cantines ouvre en septembre', '', 'Contexte : la plateforme a été refondue.', 'Résumé : le service est gratuit.'].join('\n');
    expect(products(text).map((p) => `${p.name} | ${p.type} | ${p.description}`)).toEqual(['MonCompteCantine | téléservice | téléservice de paiement des cantines']);
  });
});

describe('people: a role with a possessive', () => {
  it('reads « Sa directrice, Prénom Nom » and gives the person the body the possessive points to', () => {
    const text = 'La direction du numérique (DNUM) pilote les projets. Sa directrice, Claire Lenoir, a été nommée en 2021. Le service des achats (SAE) recrute. Son directeur adjoint, Paul Roux, arrive.';
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => `${p.name} | ${p.role} | ${p.organisation?.acronym}`)).toEqual([
      'Claire Lenoir | directrice | DNUM',
      'Paul Roux | directeur adjoint | SAE',
    ]);
  });
});

describe('committees: the next sentence about the body', () => {
  it('reads participants and remit given by a pronoun in the next sentence, and quotes up to it', () => {
    const text =
      'Le comité stratégique du numérique, présidé par le secrétaire général, se réunit deux fois par an. Il associe les directeurs d’administration centrale et les représentants des services déconcentrés. La commission des marchés se réunit chaque mois. Elle est chargée d’examiner les dossiers. Le budget progresse.';
    const committees = run(committeesExtractor, text);
    expect(dataOf(committees, 'committee').map((c) => [c.name, c.frequency, c.participants, c.topics])).toEqual([
      ['comité stratégique du numérique', 'deux fois par an', ["les directeurs d'administration centrale", 'les représentants des services déconcentrés'], []],
      ['commission des marchés', 'chaque mois', [], ["examiner les dossiers"]],
    ]);
    expect(committees[1]!.quote.endsWith('examiner les dossiers.')).toBe(true);
  });
});

describe('people: roles introduced by « nommé », « devenue », « aujourd’hui », without their date', () => {
  it('reads the role after such a word and leaves the date out of it', () => {
    const text = 'Elle succède à Marc Petit, nommé directeur adjoint du SGDSN. Anne Roux, devenue directrice de la DINUM en 2020, présente. Jean Roux, directeur du service depuis le 1er mars 2019, conclut.';
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => `${p.name} | ${p.role}`)).toEqual([
      'Marc Petit | directeur adjoint du SGDSN',
      'Anne Roux | directrice de la DINUM',
      'Jean Roux | directeur du service',
    ]);
  });
});

describe('committees: the frequency in the next sentence', () => {
  it('reads « Il se réunit au moins deux fois par an et comprend … » after the sentence naming the body', () => {
    const text = 'Le comité de pilotage de la transformation est présidé par le directeur. Il se réunit au moins deux fois par an et comprend les secrétaires généraux des ministères.';
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => [c.name, c.frequency, c.participants])).toEqual([
      ['comité de pilotage de la transformation', 'au moins deux fois par an', ['les secrétaires généraux des ministères']],
    ]);
  });
});

describe('people: organisation charts', () => {
  it('reads « - Directrice : Prénom Nom » and gives the person the unit of the section’s heading', () => {
    const text = ["## Direction des systèmes d'information (DSI)", '', '- Directrice : Catherine Roussel', '- Adjoint : Thomas Lefèvre', '', '### Sous-direction des applications', '', '- **Sous-directrice** : Isabelle Fontaine'].join('\n');
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => `${p.name} | ${p.role} | ${p.organisation?.acronym ?? p.organisation?.name}`)).toEqual([
      'Catherine Roussel | Directrice | DSI',
      'Thomas Lefèvre | Adjoint | DSI',
      'Isabelle Fontaine | Sous-directrice | Sous-direction des applications',
    ]);
  });
});

describe('people: qualified roles before the name', () => {
  it('reads « Le ministre délégué chargé du numérique, Prénom Nom » and « La directrice générale adjointe, Prénom Nom »', () => {
    const text = 'Le ministre délégué chargé du numérique, Antoine Delmas, a inauguré le campus. La directrice générale adjointe, Anne Roux, conclut.';
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role}`)).toEqual([
      'Antoine Delmas | ministre délégué chargé du numérique',
      'Anne Roux | directrice générale adjointe',
    ]);
  });
});

describe('products: operators after a comma, mobile apps, plural lists', () => {
  const products = (text: string) => dataOf(run(productsExtractor, text), 'product');

  it('reads « X, développée par la DINUM », « l’application mobile X, opérée par l’ANTS », « les logiciels libres A, B et C »', () => {
    const text = [
      "La direction interministérielle du numérique (DINUM) et l'Agence nationale des titres sécurisés (ANTS) publient.",
      'La plateforme Démarches Rapides, développée par la DINUM, permet de dématérialiser.',
      "L'application mobile MaCarte, opérée par l'ANTS, compte 2 millions d'utilisateurs.",
      'Les agents utilisent les logiciels libres LibreOffice, Thunderbird et Nextcloud.',
    ].join(' ');
    expect(products(text).map((p) => `${p.name} | ${p.type} | ${p.operator?.acronym ?? ''}`)).toEqual([
      'Démarches Rapides | plateforme | DINUM',
      'MaCarte | application | ANTS',
      'LibreOffice | logiciel | ',
      'Thunderbird | logiciel | ',
      'Nextcloud | logiciel | ',
    ]);
  });

  it('takes no generic acronyms listed after a plural product word', () => {
    expect(products('Les services RH et SI sont mutualisés.')).toEqual([]);
  });
});

describe('people: « est nommé », « est dirigé par », roles closed by a colon or a parenthesis', () => {
  const people = (text: string) => dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role ?? ''} | ${p.organisation?.name ?? p.organisation?.acronym ?? ''}`);

  it('reads « M. Prénom Nom est nommé chef du service … (ABC) » with the role up to the parenthesis', () => {
    expect(people("Par arrêté du 2 mai 2025, M. Hugo Lemaire est nommé chef du service des études de la direction des routes (DR).")).toEqual([
      "Hugo Lemaire | chef du service des études de la direction des routes | service des études de la direction des routes",
    ]);
  });

  it('gives « Le pôle X est dirigé par Mme Prénom Nom » the pôle as organisation', () => {
    expect(people('Le pôle cartographie est dirigé par Mme Léa Garnier.')).toEqual(['Léa Garnier |  | pôle cartographie']);
    // « sous la direction de » names no body.
    expect(people('Le rapport a été rédigé sous la direction de Paul Girard.')).toEqual(['Paul Girard |  | ']);
  });

  it('ends a role at a colon (« cheffe du bureau X : adresse »)', () => {
    expect(people('Renseignements auprès de Julie Caron, cheffe du bureau des archives : julie.caron@exemple.gouv.fr.')).toEqual([
      'Julie Caron | cheffe du bureau des archives | bureau des archives',
    ]);
  });
});

describe('committees: set up by an act, examining, or only mentioned by name', () => {
  const names = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => `${c.name} | ${c.frequency ?? ''}`);

  it('reads « Le comité X, institué par l’arrêté du …, examine … » and a frequency said before the name', () => {
    expect(names("Le comité des achats numériques, institué par l'arrêté du 3 mai 2021, examine les projets.")).toEqual(['comité des achats numériques | ']);
    expect(names("Nous nous réunissons chaque mois au sein du comité de sécurité des réseaux, présidé par la secrétaire générale.")).toEqual([
      'comité de sécurité des réseaux | chaque mois',
    ]);
  });

  it('takes a committee named with a complement of two content words, not « le comité » or « comité de pilotage » alone', () => {
    expect(names('Elle siège au comité de gouvernance de la donnée et au comité interministériel du handicap.')).toEqual([
      'comité de gouvernance de la donnée | ',
      'comité interministériel du handicap | ',
    ]);
    expect(names('Le comité de pilotage a validé la feuille de route. Le projet sera présenté au comité le 4 mai.')).toEqual([]);
  });
});

describe('committees and people: a board and its chair, a role then a civility', () => {
  it('reads « Son conseil d’administration, présidé par …, se réunit trois fois par an »', () => {
    const text = "Son conseil d'administration, présidé par Mme Anne Valette, se réunit trois fois par an.";
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => [c.name, c.frequency])).toEqual([["conseil d'administration", 'trois fois par an']]);
    // « le conseil » of an activity is no body.
    expect(dataOf(run(committeesExtractor, 'Le conseil aux usagers se réunit en ligne.'), 'committee')).toEqual([]);
  });

  it('reads « Son directeur général, M. Prénom Nom » with the role', () => {
    const people = dataOf(run(peopleExtractor, 'Son directeur général, M. Luc Bernier, a été nommé en 2021.'), 'person');
    expect(people.map((p) => `${p.name} | ${p.role}`)).toEqual(['Luc Bernier | directeur général']);
  });
});

describe('people: the holders listed under « Directeurs successifs »', () => {
  it('gives each item’s name the singular role and the body of the page’s title', () => {
    const text = [
      '# Office des routes numériques',
      '',
      "L'Office des routes numériques est un établissement public.",
      '',
      '## Directeurs successifs',
      '',
      '- 2001-2008 : Gaston Lefort',
      '- depuis 2008 : Irène Dumoulin',
      '',
      '## Présidentes',
      '',
      '- Agathe Rivière (2010-2015)',
    ].join('\n');
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role} | ${p.organisation?.name}`)).toEqual([
      'Gaston Lefort | directeur | Office des routes numériques',
      'Irène Dumoulin | directeur | Office des routes numériques',
      'Agathe Rivière | présidente | Office des routes numériques',
    ]);
  });
});

describe('committees: a table row is read once', () => {
  it('takes no second committee from a row the table rule read (« Comité de pilotage X⇥A, B⇥Chaque mois »)', () => {
    const text = 'Instance\tParticipants\tFréquence\nComité de pilotage du réseau\tDAB, DIR\tChaque mois\n';
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name)).toEqual(['Comité de pilotage du réseau']);
  });
});

describe('committees: a decree that sets one up, then says « Le comité … »', () => {
  it('gives « Le comité » the name of the committee set up before, and reads the « 1° … ; 2° … » list after « Il comprend : »', () => {
    const text = [
      'Il est créé auprès du ministre un comité de suivi des réseaux ferrés.',
      '',
      'Le comité est présidé par le directeur des transports. Il comprend :',
      '',
      '1° Le directeur des routes ou son représentant ;',
      '',
      '2° Deux représentants des régions.',
      '',
      'Le comité se réunit au moins deux fois par an.',
    ].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants.join(' + ')])).toEqual([
      ['comité de suivi des réseaux ferrés', null, ''],
      ['comité de suivi des réseaux ferrés', null, 'Le directeur des routes ou son représentant + Deux représentants des régions'],
      ['comité de suivi des réseaux ferrés', 'au moins deux fois par an', ''],
    ]);
  });
});

describe('tables of a team page and of products', () => {
  it('reads « | Nom | Rôle | Structure | » rows as people with their role and body, not rows without a person’s name', () => {
    const text = ['| Nom | Rôle | Structure |', '|---|---|---|', '| Lucas Fontaine | Chef de produit | DNT |', '| Équipe support | Assistance | DNT |', '| Mme Inès Garcia | Coach | Agence des routes |'].join('\n');
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role} | ${p.organisation?.acronym ?? p.organisation?.name}`)).toEqual([
      'Lucas Fontaine | chef de produit | DNT',
      'Inès Garcia | coach | Agence des routes',
    ]);
  });

  it('reads a « | Produit | Description | » table without an operator column, but not a « | Nom | Description | » one', () => {
    const products = ['| Produit | Description |', '|---|---|', '| Parc-Auto | Gestion des flottes |'].join('\n');
    expect(dataOf(run(productsExtractor, products), 'product').map((p) => [p.name, p.description])).toEqual([['Parc-Auto', 'Gestion des flottes']]);
    const names = ['| Nom | Description |', '|---|---|', '| Parc-Auto | Gestion des flottes |'].join('\n');
    expect(dataOf(run(productsExtractor, names), 'product')).toEqual([]);
  });
});

describe('products: descriptive names with a complement', () => {
  it('reads « le portail Annuaire de l’action publique », « le site Registre national des écoles », not « l’application Tchapo des agents »', () => {
    const text = "Le portail Annuaire de l'action publique est ouvert. Le site Registre national des écoles répond. L'application Tchapo des agents plaît.";
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => p.name)).toEqual(["Annuaire de l'action publique", 'Registre national des écoles', 'Tchapo']);
  });
});

describe('people: nominations in the official journal', () => {
  const people = (text: string) => dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role} | ${p.organisation?.name ?? ''}`);

  it('takes the office given, not the grade in apposition, without « à compter du … »', () => {
    expect(people("Par arrêté du 3 mai 2024, M. Hervé Colin, administrateur de l'État, est nommé directeur du numérique du ministère de la Mer à compter du 15 mai 2024.")).toEqual([
      'Hervé Colin | directeur du numérique du ministère de la Mer | ministère de la Mer',
    ]);
  });

  it('gives a delegate the delegation (« déléguée interministérielle aux archives ») and members the body they are named to', () => {
    expect(people('Mme Nadia Ferhat est nommée déléguée interministérielle aux archives.')).toEqual([
      'Nadia Ferhat | déléguée interministérielle aux archives | délégation interministérielle aux archives',
    ]);
    expect(people('Sont nommés membres du conseil des cartes : M. Paul Lenoir, Mme Sonia Abdi et M. Louis Perrin.')).toEqual([
      'Paul Lenoir | membre du conseil des cartes | ',
      'Sonia Abdi | membre du conseil des cartes | ',
      'Louis Perrin | membre du conseil des cartes | ',
    ]);
  });
});

describe('people: a role after a unit on its line', () => {
  it('reads « - **Service X (SX)** — cheffe de service : Prénom Nom » with the unit, and a name never runs over a line break', () => {
    const text = ['- **Service des relevés (SRE)** — cheffe de service : Olga Petit', '- Mission qualité — responsable : Julien Morel', '', 'Effectifs : 40 agents.'].join('\n');
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role} | ${p.organisation?.acronym ?? p.organisation?.name}`)).toEqual([
      'Olga Petit | cheffe de service | SRE',
      'Julien Morel | responsable | Mission qualité',
    ]);
  });
});

describe('products: sections, definitions with a definite article, more product words', () => {
  it('reads the named items of a « Produits » section, run by the page’s body, not those of another section', () => {
    const text = [
      '# Office des cartes numériques',
      '',
      "L'Office des cartes numériques (OCN) produit les cartes de l'État.",
      '',
      '## Produits',
      '',
      '- **Carto-Plus** : service de cartographie, ouvert en 2022 ; 3 000 utilisateurs.',
      '- **Relief** – messagerie des géomètres.',
      '',
      '## Voir aussi',
      '',
      '- **Rapport** : bilan annuel.',
    ].join('\n');
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.type} | ${p.operator?.name} | ${p.description}`)).toEqual([
      'Carto-Plus | service | Office des cartes numériques | service de cartographie, ouvert en 2022',
      'Relief | messagerie | Office des cartes numériques | messagerie des géomètres',
    ]);
  });

  it('reads « Xyz est le téléservice qui … », « le guichet unique « X » », « X, l’espace personnel … », « tableau de bord X »', () => {
    const text = "DéclaMer est le téléservice qui permet de déclarer les escales. Le guichet unique « Port Démarches » ouvre. Il rejoint MonEspaceMer, l'espace personnel des marins. Source : tableau de bord Vigie Ports.";
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.type}`)).toEqual([
      'DéclaMer | téléservice',
      'Port Démarches | guichet',
      'MonEspaceMer | espace',
      'Vigie Ports | tableau de bord',
    ]);
  });
});

describe('committees: decree articles and complements', () => {
  it('reads « Le comité : 1° … ; 2° … » as the remits, « Il comprend, outre son président : » as a list, and « et de » in a name', () => {
    const text = [
      "Il est créé auprès du ministre un comité des ports et de la logistique numériques (CPLN).",
      '',
      'Le comité :',
      '',
      '1° Fixe les orientations des ports ;',
      '',
      '2° Suit les projets.',
      '',
      'Le comité est présidé par le ministre. Il comprend, outre son président :',
      '',
      '1° Le directeur des ports ;',
      '',
      '2° Le directeur des routes.',
      '',
      'Elle siège au comité des ports et de la logistique numériques.',
    ].join('\n');
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => [c.name, c.participants.join(' + '), c.topics.join(' + ')])).toEqual([
      ['comité des ports et de la logistique numériques', '', ''],
      ['comité des ports et de la logistique numériques', '', 'Fixe les orientations des ports + Suit les projets'],
      ['comité des ports et de la logistique numériques', 'Le directeur des ports + Le directeur des routes', ''],
      ['comité des ports et de la logistique numériques', '', ''],
    ]);
  });

  it('describes the committee a sentence is about, not a bare « du comité » before it, and counts members', () => {
    const text = "La mission prépare les travaux du comité, en lien avec le comité des archivistes (CDA), qui réunit chaque mois les archivistes. Le conseil d'administration comptera 24 membres.";
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => [c.name, c.frequency, c.participants.join(' + ')])).toEqual([
      ['comité des archivistes', 'chaque mois', 'les archivistes'],
      ["conseil d'administration", null, ''],
    ]);
  });
});

describe('products: names between guillemets and the product words around them', () => {
  it('reads « le réseau ministériel « X » », « l’offre d’hébergement « Y » », quoted items, a quoted apposition, not counted sites', () => {
    const text = [
      "Elle exploite le réseau ministériel « Vigie » et l'offre d'hébergement « Nuage Mer ».",
      'Applications « Alpha », « Paie-Mer » et « Gestion+ », mises en service en 1998.',
      "Vous rejoindrez l'équipe de « Déclar'Port », le service en ligne qui permet de déclarer.",
      'Ses agents sont répartis sur trois sites : Paris, Limoges et Brest.',
    ].join('\n\n');
    const names = [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];
    expect(names).toEqual(['Vigie', 'Nuage Mer', 'Alpha', 'Paie-Mer', 'Gestion+', "Déclar'Port"]);
  });

  it('completes a product read twice (its product word, then a table naming who runs it) and never reads a name across a tab', () => {
    const text = '\tDSIN\tMINX\nLogiciel Delta\tOpération\t\n';
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => [p.name, p.type, p.operator?.acronym])).toEqual([['Logiciel Delta', 'logiciel', 'DSIN']]);
  });
});

describe('committees: the body a committee belongs to is not part of its name', () => {
  it('names « Le conseil d’administration de l’agence, … se réunit … » « conseil d’administration »', () => {
    const text = "Le conseil d'administration de l'agence, présidé par un préfet, se réunit deux fois par an.";
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name)).toEqual(["conseil d'administration"]);
  });

  it('ends a name before its size (« un comité d’orientation de douze membres, présidé par … »)', () => {
    const text = "Les projets sont examinés par un comité d'orientation de douze membres, présidé par le préfet. Le jury de 5 membres rend un avis.";
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name)).toEqual(["comité d'orientation"]);
  });
});

describe('people: signatures of an act and markup cards', () => {
  it('reads « Le secrétaire général, ⏎ B. Nom » at the end of an order, not a line of prose after a role', () => {
    const text = ['Fait le 2 mai 2024.', '', 'Pour le ministre et par délégation :', 'Le secrétaire général,', 'B. Lemaître-Roux', '', 'La directrice, en 2020,', 'Rapport Annuel'].join('\n');
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role}`)).toEqual(['B. Lemaître-Roux | secrétaire général']);
  });

  it('reads « <Card title="Prénom Nom" subtitle="Designer" /> » with the role, not a card titled otherwise', () => {
    const text = '<Card title="Yanis Belkacem" subtitle="Designer" />\n<Card title="Nos produits" subtitle="Voir la liste" />\n';
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role}`)).toEqual(['Yanis Belkacem | designer']);
  });
});

describe('committees: known by an acronym', () => {
  const committees = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => `${c.name} | ${c.frequency} | ${c.participants.join(', ')}`);

  it('reads a glossary acronym of a committee or conference described by how often it meets', () => {
    const text = [
      '| CIDA | Comité interministériel des données agricoles |',
      "| CoRA | Conférence régionale de l'agriculture |",
      '',
      'La délégation assure le secrétariat du CIDA, réuni deux fois par an ; elle prépare les travaux de la CoRA, qui rassemble chaque année les présidents de région et les préfets.',
    ].join('\n');
    expect(committees(text)).toEqual([
      'Comité interministériel des données agricoles | deux fois par an | ',
      "Conférence régionale de l'agriculture | chaque année | présidents de région, préfets",
    ]);
    // Defined but never said to meet: only mentioned, without a frequency.
    expect(committees('Le Comité des usages numériques (CUN) publie un avis.')).toEqual(['Comité des usages numériques | null | ']);
  });

  it('keeps the date of a meeting record out of the committee’s name', () => {
    expect(committees('Comité de pilotage du programme Vega – 18 mars 2026\n\nLe comité a validé la trajectoire.')).toEqual(['Comité de pilotage du programme Vega | null | ']);
  });
});

describe('committees: tables', () => {
  it('takes no committee from a table whose only committee-like column is a frequency (« Jeu de données | Fréquence »)', () => {
    const text = ['| Jeu de données | Producteur | Fréquence |', '|---|---|---|', '| Niveaux des nappes | OEN | mensuelle |', '| Comité des usagers | OEN | annuelle |'].join('\n');
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => `${c.name} | ${c.frequency}`)).toEqual(['Comité des usagers | annuelle']);
  });
});

describe('products: catalogue pages', () => {
  const names = (text: string) => dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.type} | ${p.description}`);

  it('reads cards and sub-headings of a products section, and headings whose section opens like a product sheet', () => {
    expect(names('## Nos produits\n\n<Card title="Proxiloc" href="/produits/proxiloc" description="Réserver un bureau" />\n<Card title="Tempo Agents" href="/produits/tempo" />')).toEqual([
      'Proxiloc | null | Réserver un bureau',
      'Tempo Agents | null | ',
    ]);
    expect(names('## Produits\n\n### Proxiloc\n\nRéserver un bureau en deux clics.\n\n### Tempo Agents\n\nSuivre ses congés.')).toEqual([
      'Proxiloc | null | Réserver un bureau en deux clics.',
      'Tempo Agents | null | Suivre ses congés.',
    ]);
    expect(names('### Proxiloc\n\nStatut : en construction\n\n### Relais Mairie\n\nLa plateforme permet de suivre les dossiers.\n\n### Votre employeur\n\nLe service des achats recrute.\n\n## Fonctionnement\n\nLa plateforme permet de déposer un dossier.')).toEqual([
      'Proxiloc | null | Statut : en construction',
      'Relais Mairie | plateforme | La plateforme permet de suivre les dossiers.',
    ]);
    expect(names('<h3>Mes Aides Locales</h3>\n<p>Le simulateur permet de connaître ses droits.</p>')).toEqual(['Mes Aides Locales | simulateur | Le simulateur permet de connaître ses droits.']);
  });

  it('takes no stage sub-heading, no team card and no person heading for a product', () => {
    const text = '## Nos produits\n\n### En construction\n\n<Card title="Proxiloc" href="/p" />\n<Card title="Léa Martin" subtitle="Intrapreneuse" />\n\n### Pérennisés\n\n### Hugo Bernard\n\nStatut : coach';
    expect(names(text).map((n) => n.split(' | ')[0])).toEqual(['Proxiloc']);
  });

  it('reads « - **Xyz** — plateforme de … », « Xyz a été conçu par … », « Xyz, un nouveau service … », « le produit phare de l’incubateur, Xyz, … »', () => {
    expect(names('- **Guichet Artisan** — plateforme de dépôt des demandes ;\n- **Relais Mairie** : outil de suivi des dossiers.\n- **Title**: Services numériques publics')).toEqual([
      'Guichet Artisan | guichet | plateforme de dépôt des demandes',
      'Relais Mairie | outil | outil de suivi des dossiers',
    ]);
    expect(names("Proxiloc a été conçu par l'incubateur des territoires (IDT). La délégation lance Mes Aides Locales, un nouveau service en ligne.").map((n) => n.split(' | ')[0])).toEqual(['Proxiloc', 'Mes Aides Locales']);
    expect(names('- Contexte : la plateforme actuelle date de 2015.\n\nTout a été conçu par les agents du ministère.')).toEqual([]);
    expect(names("Le produit phare de l'incubateur, Tempo Agents, compte 12 000 utilisateurs.").map((n) => n.split(' | ')[0])).toEqual(['Tempo Agents']);
  });
});

describe('people: product sheets, org charts and reports', () => {
  const people = (text: string) => dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role} | ${p.organisation?.acronym ?? p.organisation?.name ?? ''}`);

  it('reads « Intrapreneuse : Prénom Nom », « Coach : … », the head after a unit in an org chart, « Le rapporteur spécial, M. X »', () => {
    expect(people('### Proxiloc\n\nIntrapreneuse : Léa Martin\n\nCoach : Hugo Bernard')).toEqual(['Léa Martin | Intrapreneuse | ', 'Hugo Bernard | Coach | ']);
    expect(people('- Bureau des levés (BLV) – Mme Anne Morel\n- Bureau des images (BIM) – M. Paul Roux')).toEqual(['Anne Morel | null | BLV', 'Paul Roux | null | BIM']);
    expect(people('Le rapporteur spécial, M. Karim Benali, souligne les retards.')).toEqual(['Karim Benali | rapporteur spécial | ']);
  });
});

describe('review fixes: people, committees', () => {
  it('names no room after a dash in a programme, and quotes the head after the unit', () => {
    const facts = run(peopleExtractor, '- Ouverture (9h30) – Grand Amphithéâtre\n- Cabinet de Claire Martin (CCM) – Mme Claire Martin');
    const people = dataOf(facts, 'person').map((p) => p.name);
    expect(people).not.toContain('Grand Amphithéâtre');
    const head = facts.find((f) => f.quote.startsWith('Claire Martin') && f.start > 30);
    expect(head).toBeDefined();
  });

  it('keeps the number of a committee’s name, strips only a date, and takes no sentence for a long form', () => {
    const committees = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name);
    expect(committees('Le comité de pilotage France Avenir 2030 se réunit chaque trimestre.')).toEqual(['comité de pilotage France Avenir 2030']);
    expect(committees("Le Comité a salué le travail de l'Agence du numérique (ANUM). L'ANUM, qui rassemble chaque année les préfets, publie.")).toEqual([]);
  });
});

describe('products: catalogue pages read by their structure', () => {
  const names = (text: string) => dataOf(productsExtractor.extract(doc(text)).facts, 'product').map((p) => p.name);

  it('a heading followed at once by deeper headings sorts the products; the list under a product is its sheet', () => {
    const text = [
      '# Les produits de la fabrique Azur',
      '',
      '## Abandonnés',
      '',
      '### Vigie Lagune',
      '',
      'Suivi des niveaux des étangs par les communes.',
      '',
      '- **Coach :** Paul Durandeau',
      '- **Lancement :** mai 2029',
      '- **Résultats :** 40 communes',
      '',
      '## Candidater à la saison 2031',
      '',
      '<Callout title="Calendrier de la saison" />',
      '<Card title="Tous les produits" href="/produits" />',
      '<Card title="Marée Haute" href="https://maree.example.org" />',
    ].join('\n');
    expect(names(text).sort()).toEqual(['Marée Haute', 'Vigie Lagune']);
  });

  it('names in bold, lowercase words included, in a list or alone on a line', () => {
    const text = [
      '## 2. Projets et services',
      '',
      '- **Registre des ateliers partagés** : annuaire de 240 ateliers ;',
      '- **Boussole** : outil d’orientation des usagers.',
      '',
      '**Guichet des mariniers**',
      'Déclaration en ligne des escales.',
      'Opérateur : Office Fluvial, pôle « Usagers ».',
    ].join('\n');
    expect(names(text).sort()).toEqual(['Boussole', 'Guichet des mariniers', 'Registre des ateliers partagés']);
  });

  it('product words of the genre (générateur, suite, cloud) and names in single emphasis', () => {
    const text =
      'La mission exploite le générateur de formulaires « Forma-Vite », la suite collaborative « Ruche » et le cloud ministériel « Altitude ». Projets en cours : *Quai Libre*, *Phare Net*.';
    expect(names(text).sort()).toEqual(['Altitude', 'Forma-Vite', 'Phare Net', 'Quai Libre', 'Ruche']);
  });

  it('« par API sans convention », « des API entre ministères »: a preposition after « API » names nothing', () => {
    expect(names('Les administrations partagent des données par API sans convention bilatérale, et des API entre ministères.')).toEqual([]);
  });

  it('« les API publiques », « 320 API ouvertes »: the common noun, not a named API', () => {
    expect(names("Le catalogue recense 320 API ouvertes et les API publiques de l'État ; l'API adresse est la plus appelée.")).toEqual(['API adresse']);
  });
});

describe('committees: an HTML table whose first row follows « <table> » on its line', () => {
  it('reads the rows of « <table><tr><th>Instance</th>… » like a table written a row per line', () => {
    const text = [
      '<h2>Gouvernance</h2>',
      '<table><tr><th>Instance</th><th>Membres</th><th>Fréquence</th></tr>',
      '<tr><td>Comité des phares</td><td>DPB, SSI, subdivisions</td><td>trimestrielle</td></tr></table>',
    ].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual([['Comité des phares', 'trimestrielle', ['DPB', 'SSI', 'subdivisions']]]);
  });
});

describe('committees: HTML tables written on one line, or a cell per line', () => {
  const expected = [
    ['Comité des phares', 'trimestrielle', ['DPB', 'SSI', 'subdivisions']],
    ['Conseil des balises', 'annuelle', ['DPB']],
  ];
  it('« <table><tr>…</tr><tr>…</tr></table> » on one line: a header and two rows', () => {
    const text = [
      '<h2>Gouvernance</h2>',
      '<table><tr><th>Instance</th><th>Membres</th><th>Fréquence</th></tr><tr><td>Comité des phares</td><td>DPB, SSI, subdivisions</td><td>trimestrielle</td></tr><tr><td>Conseil des balises</td><td>DPB</td><td>annuelle</td></tr></table>',
    ].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual(expected);
  });
  it('a row over several lines, a cell per line', () => {
    const text = [
      '<table>',
      '  <thead>',
      '    <tr>',
      '      <th>Instance</th>',
      '      <th>Membres</th>',
      '      <th>Fréquence</th>',
      '    </tr>',
      '  </thead>',
      '  <tbody>',
      '    <tr>',
      '      <td>Comité des phares</td>',
      '      <td>DPB, SSI, subdivisions</td>',
      '      <td>trimestrielle</td>',
      '    </tr>',
      '    <tr>',
      '      <td>Conseil des balises</td>',
      '      <td>DPB</td>',
      '      <td>annuelle</td>',
      '    </tr>',
      '  </tbody>',
      '</table>',
    ].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual(expected);
  });
});

describe('products: a company is no product', () => {
  it('« attribué à la société Océan Logiciels SAS »: a contractor with its legal form', () => {
    const products = dataOf(run(productsExtractor, 'Le lot 1 est attribué à la société Vague Logiciels SAS ; le lot 2 à Nuage Marin SARL.'), 'product');
    expect(products).toEqual([]);
  });
});

describe('people: countersignatures', () => {
  it('« Par le Premier ministre : ⏎ Prénom Nom » signs as Premier ministre', () => {
    const people = dataOf(run(peopleExtractor, 'Fait le 18 avril 2031.\n\nPar le Premier ministre :\nPaul Léger\n\nLe ministre de la mer,\nYves Calvez\n'), 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Paul Léger', 'Premier ministre'],
      ['Yves Calvez', 'ministre de la mer'],
    ]);
  });
});

describe('people: « préfète »', () => {
  it('« souligne Anne Roux, préfète de la Manche » gives her role', () => {
    const people = dataOf(run(peopleExtractor, '« Un service attendu », souligne Anne Roux, préfète de la Manche.'), 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([['Anne Roux', 'préfète de la Manche']]);
  });
});

describe('products: lowercase API names', () => {
  it('« l’API horaires », « l’API annuaire » are named APIs', () => {
    expect(dataOf(run(productsExtractor, "Les horaires sont publiés via l'API horaires et l'API annuaire."), 'product').map((p) => p.name)).toEqual(['API horaires', 'API annuaire']);
  });
});

describe('products: the items of an enumeration of products', () => {
  const names = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];
  it('« Trois outils sont aujourd’hui en service : » then « a) Xyz, l’observatoire … »', () => {
    const text = [
      'Trois outils sont aujourd’hui en service :',
      '  a) Jauge, l’observatoire public de la qualité des démarches, ouvert en juin 2030 ;',
      '  b) Ecoute (le bouton « Votre avis »), intégré à 1 870 démarches ;',
      '  c) Baromètre 360, l’outil d’enquête hérité de la mission, devenu obsolète.',
    ].join('\n');
    expect(names(text)).toEqual(['Jauge', 'Ecoute', 'Baromètre 360']);
  });
  it('« Nos trois produits phares sont A, la messagerie … ; B, l’annuaire … ; et le Dossier X (DX), … »', () => {
    const text = 'Nos trois produits phares sont Relais, la messagerie sécurisée des agents ; Ariane, l’annuaire unifié des agents ; et le Dossier unique des collectivités (DUC), ouvert en novembre 2030, qui instruit déjà 3 800 demandes.';
    expect(names(text)).toEqual(expect.arrayContaining(['Relais', 'Ariane', 'Dossier unique des collectivités']));
  });
  it('not what a body does, nor who attends (« De concevoir … », « M. Paul Léger »)', () => {
    const text = ['La direction est chargée des services numériques mutualisés :', '- De concevoir, d’opérer et de faire évoluer les services ;', '- M. Paul Léger, directeur.'].join('\n');
    expect(names(text)).toEqual([]);
  });
});

describe('committees: named but not described', () => {
  const names = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name);
  it('« Vu l’avis du comité social d’administration ministériel »: a body consulted, no committee of the text', () => {
    expect(names('Vu l’avis du comité social d’administration ministériel en date du 23 janvier 2031 ;')).toEqual([]);
  });
  it('« Le comité de pilotage adopte la feuille de route 2031-2033 »: the verb ends the name (and a bare « comité de pilotage » is no name)', () => {
    expect(names('### Le comité de pilotage adopte la feuille de route 2031-2033')).toEqual([]);
    expect(names('Les équipes présentent leurs travaux au comité de gouvernance de la donnée maritime.')).toEqual(['comité de gouvernance de la donnée maritime']);
  });
});

describe('committees: « réuni chaque mois » after the name', () => {
  it('« Un comité technique, réuni chaque mois, prépare ses travaux ; il associe A et B »', () => {
    const committees = dataOf(run(committeesExtractor, 'Un comité technique, réuni chaque mois, prépare ses travaux ; il associe les chefs de projet de la délégation et les référents qualité.'), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual([['comité technique', 'chaque mois', ['les chefs de projet de la délégation', 'les référents qualité']]]);
  });
});

describe('people: members of parliament', () => {
  it('« Mme X, rapporteure spéciale », « Mme Y, députée de la Vaunière »: their roles', () => {
    const people = dataOf(run(peopleExtractor, '**Mme Claire Avenel, rapporteure spéciale.** – Le comité a-t-il validé la trajectoire ? Question de Mme Lina Morel, députée de la Vaunière.'), 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Claire Avenel', 'rapporteure spéciale'],
      ['Lina Morel', 'députée de la Vaunière'],
    ]);
  });
});

describe('committees: set up by a board, meeting in the future', () => {
  it('« Le conseil crée un comité d’audit, composé de trois administrateurs, qui se réunira deux fois par an »', () => {
    const committees = dataOf(run(committeesExtractor, "Le conseil crée un comité d'audit, composé de trois administrateurs, qui se réunira deux fois par an."), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual([["comité d'audit", 'deux fois par an', ['trois administrateurs']]]);
  });
  it('« Un comité régional de pilotage, réunissant l’État et la Région, se réunira deux fois par an »', () => {
    const committees = dataOf(run(committeesExtractor, 'Un comité régional de pilotage, réunissant l’État et la Région, se réunira deux fois par an.'), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual([['comité régional de pilotage', 'deux fois par an', ["l'État", 'la Région']]]);
  });
});

describe('people: a role before a spaced semicolon', () => {
  it('« Présents : M. Paul Léger, président ; Mme Anne Roux, … »', () => {
    const people = dataOf(run(peopleExtractor, 'Présents : M. Paul Léger, président ; Mme Anne Roux, représentante de la direction du budget.'), 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Paul Léger', 'président'],
      ['Anne Roux', 'représentante de la direction du budget'],
    ]);
  });
});

describe('products: an operator named in the next sentence', () => {
  it('« Xyz est un service numérique … Il est porté par la direction X (DX) »', () => {
    const products = dataOf(run(productsExtractor, 'Balise Pro est un service numérique qui permet aux capitaines de déclarer leurs escales. Il est porté par la direction des phares et balises (DPB) et incubé depuis 2029.'), 'product');
    expect(products.map((p) => [p.name, p.operator])).toEqual([['Balise Pro', { name: 'direction des phares et balises', acronym: 'DPB' }]]);
  });
});

describe('products and committees: review fixes of session 10', () => {
  const names = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];
  it('« Les produits à livrer sont les suivants : » lists supplies, not products', () => {
    expect(names(['Les produits à livrer sont les suivants :', '- Papier A4, ramettes de 500 feuilles ;', "- Cartouches d'encre ;", '- Enveloppes.'].join('\n'))).toEqual([]);
  });
  it('an enumeration’s items already read by their product word are not read again with their article', () => {
    expect(names(['Trois outils sont en service :', '- La plateforme Alpha, pour les déclarations ;', '- Le portail Beta, pour les usagers ;', '- Un annuaire, pour les agents.'].join('\n'))).toEqual(['Alpha', 'Beta']);
  });
  it('« Un groupe de travail réunissant A et B se réunit chaque mois »: its name, its members', () => {
    const committees = dataOf(run(committeesExtractor, 'Un groupe de travail réunissant les directions métiers et les éditeurs se réunit chaque mois.'), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual([['groupe de travail', 'chaque mois', ['les directions métiers', 'les éditeurs']]]);
  });
});

describe('tables: an HTML row left open', () => {
  it('ends where the next row starts (« <tr>…<td>Alpha</td> » then « <tr>…<td>Gamma</td></tr> »: two rows)', () => {
    const text = ['<table>', '<tr><th>Instance</th><th>Membres</th><th>Fréquence</th></tr>', '<tr><td>Comité Alpha</td><td>DPB</td><td>annuelle</td>', '<tr><td>Comité Gamma</td><td>SSI</td><td>trimestrielle</td></tr>', '</table>'].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency])).toEqual([
      ['Comité Alpha', 'annuelle'],
      ['Comité Gamma', 'trimestrielle'],
    ]);
  });
});

describe('a minister’s announcements: products and committees', () => {
  it('« Deuxièmement, le guichet « X » … »: an ordinal adverb is no product', () => {
    const names = dataOf(run(productsExtractor, 'Deuxièmement, le guichet « Mon Port » sera généralisé à tous les ports de plaisance.'), 'product').map((p) => p.name);
    expect(names).toEqual(['Mon Port']);
  });
  it('« un conseil …, qui réunira deux fois par an A, B et C »', () => {
    const committees = dataOf(run(committeesExtractor, 'Nous créerons un Conseil national du numérique littoral (CNNL), qui réunira deux fois par an les élus des communes littorales, les capitaineries et l’agence.'), 'committee');
    expect(committees.map((c) => [c.name, c.frequency])).toEqual([['Conseil national du numérique littoral', 'deux fois par an']]);
  });
});

describe('an API’s FAQ', () => {
  it('« l’API sera retirée »: « API » then a verb names no API', () => {
    const names = dataOf(run(productsExtractor, "La version 1 de l'API sera retirée le 30 septembre 2031 ; l'API permet de déclarer les escales."), 'product').map((p) => p.name);
    expect(names).toEqual([]);
  });
});

describe('products named as products are: hyphenated capitalised compounds', () => {
  const names = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];
  it('« le service de prise de rendez-vous en ligne RDV-Port », « l’offre d’hébergement Nuage-Mer »', () => {
    expect(names('Le pôle maintient le service de prise de rendez-vous en ligne RDV-Port. Le département opère l’offre d’hébergement Nuage-Mer.')).toEqual(['RDV-Port', 'Nuage-Mer']);
  });
  it('« Phare-Agent, opéré par le département X, est ouvert »: named at the head of its sentence', () => {
    expect(names('Phare-Agent, opéré par le département « Données », est ouvert depuis le 2 juin 2031.')).toEqual(['Phare-Agent']);
  });
  it('not a place (« le service des routes Saint-Malo »), nor a person’s given names, nor « Au-delà », nor « l’API renvoie »', () => {
    expect(names('Le service de visioconférence des communes de Seine-Maritime est ouvert. Suite du défi : Pierre-Étienne présente.')).toEqual([]);
    expect(names('Au-delà, le service reste ouvert. L’API renvoie les ressources du foyer.')).toEqual([]);
  });
});

describe('committees: an HTML governance table with character references', () => {
  it('names and frequencies decoded (« Comit&eacute; de direction », « Fr&eacute;quence »)', () => {
    const text = ['<table>', '<tr><th>Instance</th><th>Pr&eacute;sidence</th><th>Membres</th><th>Fr&eacute;quence</th></tr>', '<tr><td>Comit&eacute; de direction de la DPH</td><td>Directeur</td><td>Chefs de p&ocirc;le</td><td>Hebdomadaire</td></tr>', '</table>'].join('\n');
    const committees = dataOf(run(committeesExtractor, text), 'committee');
    expect(committees.map((c) => [c.name, c.frequency, c.participants])).toEqual([['Comité de direction de la DPH', 'Hebdomadaire', ['Chefs de pôle']]]);
  });
});

describe('people: team cards of an MDX page', () => {
  it('« <Membre nom="Prénom Nom" role="Coach" structure="DPAA" /> »: a person, the role, the body', () => {
    const text = ['<Equipe>', '  <Membre nom="Lina Morel" role="Intrapreneuse" structure="DPAA" />', '  <Membre nom="Yves Calvez" role="Coach" />', '  <Membre nom="Equipe" role="x" />', '</Equipe>'].join('\n');
    const people = dataOf(run(peopleExtractor, text), 'person');
    expect(people.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Lina Morel', 'Intrapreneuse', { acronym: 'DPAA' }],
      ['Yves Calvez', 'Coach', null],
    ]);
  });
});

describe('products: links, addresses and kinds of things (session 11)', () => {
  const names = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];

  it('reads a domain in prose as a site, not one that is a whole list item or the address of a product the text names', () => {
    expect(names('Les démarches se font sur le site demarches.exemple.gouv.fr depuis mars.')).toEqual(['demarches.exemple.gouv.fr']);
    expect(names('## Liens utiles\n\n- legifrance.exemple.gouv.fr\n- <a href="https://x.exemple.fr">annuaire.exemple.fr</a>\n')).toEqual([]);
    expect(names('La plateforme Rendez-Vous Préfecture ouvre ce mois-ci sur rendezvousprefecture.exemple.gouv.fr.')).toEqual(['Rendez-Vous Préfecture']);
  });

  it('leaves a product word with adjectives only (« le réseau interministériel ») and keeps the name after such a phrase', () => {
    expect(names('La hausse finance la seconde tranche du réseau interministériel et la migration des salles.')).toEqual([]);
    expect(names('Le SRT exploite le réseau interministériel Orque depuis 2019.')).toEqual(['Orque']);
  });
});

describe('products: names shaped as products (session 11)', () => {
  const products = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.description ?? ''}`))];

  it('reads a hyphenated or CamelCase name followed by an apposition that says what it is', () => {
    expect(products("Où en est Clé-Dossier, le coffre-fort numérique des demandeurs, dont l'ouverture a glissé ?")).toEqual(['Clé-Dossier | coffre-fort numérique des demandeurs']);
    expect(products('Ensuite, RendezVous, la prise de rendez-vous en ligne des consulats, sera ouverte en 2026.')).toEqual(['RendezVous | la prise de rendez-vous en ligne des consulats']);
    // (A person, a place: no product.)
    expect(products('Jean-Marc, le directeur adjoint, a présenté le bilan. Saint-Malo, la ville d’accueil, reçoit les équipes.')).toEqual([]);
  });

  it('reads « le service de visioconférence Parlons-État » as a product, not a unit, and « l’assistant conversationnel « X » »', () => {
    expect(products('Notre service de messagerie Flux-Agent compte 20 000 utilisateurs.')).toEqual(['Flux-Agent | service de messagerie']);
    expect(dataOf(extractOrganisations(doc('Notre service de messagerie Flux-Agent compte 20 000 utilisateurs.')).facts, 'organisation')).toEqual([]);
    expect(products('La mission expérimente l’assistant conversationnel « Boussole », destiné aux agents.')).toEqual(['Boussole | assistant conversationnel']);
  });
});

describe('committees: councils, bodies pointed back to, futures (session 11)', () => {
  const committees = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => `${c.name} | ${c.frequency ?? ''} | ${c.participants.join('; ')}`);

  it('reads a lowercase « conseil interministériel … » that meets, and a council « de l’ANSNP » that « réunira »', () => {
    expect(committees('Le conseil interministériel des achats numériques (CIAN), créé en 2022, réunit chaque semestre les directeurs des achats.')).toEqual([
      'conseil interministériel des achats numériques | chaque semestre | les directeurs des achats',
    ]);
    expect(committees("Ses missions sont reprises par le conseil d'orientation de l'AGNT, présidé par le ministre, qui réunira chaque trimestre les préfets et les maires.")).toEqual([
      "conseil d'orientation de l'AGNT | chaque trimestre | les préfets; les maires",
    ]);
  });

  it('reads « Ce comité se réunit … » as the committee named just before, and « Il réunira … » after a council is set up', () => {
    expect(committees('Le bureau tient le secrétariat du comité ministériel des données (CMD). Ce comité se réunit chaque mois.')).toContain('comité ministériel des données | chaque mois | ');
    expect(committees("J'ai décidé de créer un Conseil national des usages (CNU). Il réunira des élus et des associations. Il se réunira chaque trimestre.")).toEqual([
      'Conseil national des usages | chaque trimestre | des élus; des associations',
    ]);
  });

  it('reads the participants after « associera » whole', () => {
    expect(committees('Le comité de suivi du plan se réunira chaque trimestre. Il associera les associations d’élus et les préfets.')[0]).toContain('| les associations d');
  });
});

describe('products: one name singled out, a call for projects (session 11)', () => {
  const names = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];

  it('reads « les services mutualisés de l’agence, en particulier « X », qui … » and not the name of « l’appel à projets « Y » »', () => {
    expect(names('Le raccordement aux services mutualisés de l’agence, en particulier « RDV Guichet », qui permet de réserver un créneau.')).toEqual(['RDV Guichet']);
    expect(names('L’appel à projets « Guichets de proximité » est ouvert aux communes.')).toEqual([]);
  });
});

describe('review fixes of session 11', () => {
  const names = (text: string) => [...new Set(dataOf(run(productsExtractor, text), 'product').map((p) => p.name))];
  const committees = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => `${c.name} | ${c.participants.join('; ')}`);

  it('reads no product in a hyphenated surname or a region in apposition', () => {
    expect(names('Le rapport a été remis par M. Paul Lefèvre-Durand, le directeur du programme.')).toEqual([]);
    expect(names('En Bourgogne-Franche-Comté, la région la plus volontaire, les guichets ouvrent.')).toEqual([]);
    expect(names('Qu’en est-il de Clé-Dossier, le coffre-fort numérique des demandeurs ?')).toEqual(['Clé-Dossier']);
  });

  it('gives « Il réunit … » to a council the sentence before sets up or opens with, not to one it only mentions', () => {
    expect(committees('Le ministre a saisi le Conseil national du numérique. Il réunit chaque mois ses conseillers.')).toEqual([]);
    expect(committees("J'ai décidé de créer un Conseil national de la donnée. Il réunit chaque trimestre les directeurs, qui présentent leurs feuilles de route.")).toEqual([
      'Conseil national de la donnée | les directeurs',
    ]);
  });
});

describe('products: a table of projects with the unit that carries them (session 11)', () => {
  it('reads « | Projet | Unité porteuse | … | », the name between guillemets of a cell, the unit at the end of a path', () => {
    const table = [
      '| Projet | Unité porteuse | Début | Fin |',
      '|---|---|---|---|',
      '| Déclar’Bois | SDPA — bureau des applications forestières | T3 2025 | T2 2027 |',
      '| Entrepôt de données « Grenier » | SDDI — bureau des données | T4 2025 | T4 2027 |',
    ].join('\n');
    expect(dataOf(run(productsExtractor, table), 'product').map((p) => `${p.name} | ${p.operator?.name ?? ''}`)).toEqual([
      'Déclar’Bois | bureau des applications forestières',
      'Grenier | bureau des données',
    ]);
  });
});

describe('committees: a body described by participles (session 11)', () => {
  const committees = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => `${c.name} | ${c.frequency ?? ''} | ${c.participants.join('; ')}`);

  it('reads « un comité de tutelle réuni chaque trimestre, associant A et B » and « Un comité des usagers, associant A, sera consulté chaque semestre »', () => {
    expect(committees('Le dialogue de gestion est formalisé dans un comité de tutelle réuni chaque trimestre, associant la DGMT et la DPB.')).toEqual([
      'comité de tutelle | chaque trimestre | la DGMT; la DPB',
    ]);
    expect(committees('Un comité des usagers, associant les associations de locataires, sera consulté chaque semestre.')).toEqual([
      'comité des usagers | chaque semestre | les associations de locataires',
    ]);
  });
});

describe('products: a product word, words qualifying it, then a proper name (session 12)', () => {
  const names = (text: string) => dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.description}`);

  it('reads « lance l’offre d’informatique en nuage Brume », « une application de prise de rendez-vous Agendo, qui … »', () => {
    expect(names("En 2016, l'office lance l'offre d'informatique en nuage Brume.")).toEqual(["Brume | offre d'informatique en nuage"]);
    expect(names('Il développe une application de prise de rendez-vous Agendo, qui remplace le papier.')).toEqual(['Agendo | application de prise de rendez-vous']);
  });

  it('reads no place after a preposition, no version target, no network of people', () => {
    expect(names("Le service de l'État en Bretagne recrute.")).toEqual([]);
    expect(names('Migration de la base de données vers PostgreSQL 16.')).toEqual([]);
    expect(names('La mission anime le réseau des conseillers numériques Proxima.')).toEqual([]);
    // (Nor a clause: « la plateforme a succédé au portail X » does not qualify X.)
    expect(names('La plateforme a succédé au portail Hydro Archives.')).toEqual(['Hydro Archives | null']);
  });
});

describe('people: a Journal officiel’s measures (session 12)', () => {
  it('reads a surname in capitals with its particle (« M. Yannick LE GOFF », « Mme Anne DE LA TOUR »), and the office « est nommé » gives', () => {
    const text = "Par arrêté de la ministre de la mer en date du 3 mars 2026, M. Yannick LE GOFF, ingénieur en chef des mines, est nommé directeur de l'Office des phares (OPH). Mme Anne DE LA TOUR est nommée cheffe du bureau des cartes.";
    expect(dataOf(run(peopleExtractor, text), 'person').map((p) => `${p.name} | ${p.role} | ${p.organisation?.name ?? p.organisation?.acronym}`)).toEqual([
      "Yannick LE GOFF | directeur de l'Office des phares | Office des phares",
      'Anne DE LA TOUR | cheffe du bureau des cartes | bureau des cartes',
    ]);
  });
});

describe('committees and products: an agreement’s articles, a meeting’s month, a time limit (session 12)', () => {
  it('ends a committee’s name before « de juillet 2026 » or « dans un délai de … »', () => {
    const text = "Document établi pour la séance du comité stratégique des cartes de juillet 2026. L'opérateur saisit le comité de gouvernance des ponts dans un délai de 15 jours.";
    expect(dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name)).toEqual(['comité stratégique des cartes', 'comité de gouvernance des ponts']);
  });

  it('reads no product in an article’s heading (« ### Article 2 – Périmètre » then « Le service couvre … »)', () => {
    const text = ['### Article 2 – Périmètre', '', 'Le service couvre 4 800 boîtes aux lettres.', '', '### Annexe 1', '', 'La plateforme est décrite ci-dessous.'].join('\n');
    expect(dataOf(run(productsExtractor, text), 'product')).toEqual([]);
  });
});

describe('products: a service run by a body, a cloud or an infrastructure named (session 12)', () => {
  const names = (text: string) => dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.type}`);

  it('reads « le service « Passerelle Pro », opéré par l’agence X » as a product, not a unit', () => {
    const text = "L'accès reposera sur le service « Passerelle Pro », opéré par l'Agence des identités (ADI). Le service « Accueil » de la préfecture reçoit le public.";
    expect(names(text)).toEqual(['Passerelle Pro | service']);
    expect(dataOf(extractOrganisations(doc(text)).facts, 'organisation').map((o) => o.name)).toEqual(['Agence des identités', 'service Accueil']);
  });

  it('reads « l’infrastructure d’informatique en nuage « Cirrus » », « le nuage ministériel Névé »', () => {
    expect(names("Les applications sont hébergées sur l'infrastructure d'informatique en nuage « Cirrus ».")).toEqual(['Cirrus | cloud']);
    expect(names('Le nuage ministériel Brume héberge 87 applications.')).toEqual(['Brume | cloud']);
  });
});

describe('committees and products: review of session 12', () => {
  const committeeNames = (text: string) => dataOf(run(committeesExtractor, text), 'committee').map((c) => c.name);

  it('ends no committee name at a verb ending like a noun (« assure », « publie »), nor cuts « … dans les services publics », « … de 2024 »', () => {
    expect(committeeNames('Le comité de pilotage assure la coordination des projets.')).toEqual([]);
    expect(committeeNames('Il saisit le Comité de suivi de la laïcité dans les services publics.')).toEqual(['Comité de suivi de la laïcité dans les services publics']);
    expect(committeeNames("Le comité d'organisation des Jeux olympiques de 2024 a siégé.")).toEqual(["comité d'organisation des Jeux olympiques de 2024"]);
  });

  it('reads no product in « les infrastructures de recharge IRVE » nor « un nuage de points LiDAR HD »', () => {
    expect(dataOf(run(productsExtractor, 'Le plan finance les infrastructures de recharge IRVE. Il publie un nuage de points LiDAR HD.'), 'product')).toEqual([]);
  });
});

describe('products: gateways and digital safes (session 12)', () => {
  it('reads « la passerelle d’échange de données « Relais » » and « le coffre-fort numérique des usagers « Coffre Citoyen » »', () => {
    const text = "L'agence opère le coffre-fort numérique des usagers « Coffre Citoyen » et la passerelle d'échange de données « Relais ».";
    expect(dataOf(run(productsExtractor, text), 'product').map((p) => `${p.name} | ${p.type}`)).toEqual(['Coffre Citoyen | coffre-fort', 'Relais | passerelle']);
  });
});

describe('people: a surname of three parts (session 13)', () => {
  it('reads « Mathieu Dorval-Sainte-Marie » and « M. Jean-Pierre Le Roux-Saint-Martin » whole', () => {
    const found = peopleExtractor.extract(doc('Le secrétaire général,\nMathieu Dorval-Sainte-Marie\n\nM. Jean-Pierre Le Roux-Saint-Martin est nommé directeur.')).facts.map((f) => (f.data as { name: string }).name);
    expect(found).toEqual(['Mathieu Dorval-Sainte-Marie', 'Jean-Pierre Le Roux-Saint-Martin']);
  });
});
