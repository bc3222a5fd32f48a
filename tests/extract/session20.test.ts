/**
 * Rules of session 20 (each positive case failed on the rules before it; the guards keep the rule to its shape):
 * written for this file, never copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session20'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);
const organisations = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name);
const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.acronym ?? h.child.name} → ${h.parent.acronym ?? h.parent.name}`);

describe('a service named between guillemets', () => {
  it('is a product the text offers, directly or after words qualifying it', () => {
    const text = [
      'Le service « Carte Grise Express », dont le pilote a commencé en mai 2025 dans deux départements, sera étendu en 2026.',
      '',
      "La bascule depuis l'actuel service de messagerie ministériel « Hermès » se fera en deux lots.",
    ].join('\n');
    expect(products(text)).toEqual(['Carte Grise Express', 'Hermès']);
    expect(organisations(text)).toEqual([]);
  });

  it('stays a unit where the text places it in a body, under a head or in a table of units', () => {
    expect(organisations('Ancienne cheffe du service « Données et expertise » de la délégation, elle rejoint la mission.')).toContain('service Données et expertise');
    expect(organisations('Le suivi est assuré avec le service « Inclusion et usages » du GIP.')).toContain('service Inclusion et usages');
    expect(organisations("Au sein de l'Agence nationale des titres (ANT), le service « Titres en ligne » instruit les demandes.")).toContain('service Titres en ligne');
    const table = ['| Unité | Rattachement |', '| --- | --- |', '| service « Paie et carrières » | Direction des ressources humaines |'].join('\n');
    expect(organisations(table)).toContain('service Paie et carrières');
    expect(products(table)).toEqual([]);
  });
});

describe('product words', () => {
  it('reads a data warehouse, a videoconference and an information system named between guillemets', () => {
    const text = [
      "Elle a mis en service l'entrepôt de données « Phare », qui alimente les tableaux de bord.",
      '',
      "Le bouquet comprend la visioconférence « Ruche Visio », limitée à 300 participants.",
      '',
      "Les effectifs sont extraits du système d'information RH ministériel « Sirius ».",
    ].join('\n');
    expect(products(text)).toEqual(['Phare', 'Ruche Visio', 'Sirius']);
    // (An acronym right before the guillemets qualifies the architecture, not a product word.)
    expect(products("Bâtir une plateforme d'échange de services dans un SI « API-first »")).toEqual([]);
  });

  it('takes « opérateur de l’application X » for a part a body plays, not a body named so', () => {
    const text = "Les crédits restent faibles pour l'Agence nationale des titres (ANT), opérateur de l'application Titrago, qui revendique un million d'utilisateurs.";
    expect(organisations(text)).toEqual(['Agence nationale des titres']);
    expect(products(text)).toEqual(['Titrago']);
    // (A body whose own name opens with the word stays one.)
    expect(organisations("L'Opérateur des réseaux de l'État (ORE) est créé en 2024.")).toContain("Opérateur des réseaux de l'État");
  });
});

describe('a name that says what it lets someone do', () => {
  it('reads the name opening a sentence with « permet à … de » or « permet de »', () => {
    const text = [
      '# Passeport Aidant',
      '',
      'Passeport Aidant permet à un aidant de décrire sa situation en cinq minutes.',
      '',
      "L'API Diplômes Plus permet aux administrations de vérifier un diplôme.",
      '',
      '**MonSuivi+** permet de suivre sa demande en ligne.',
    ].join('\n');
    expect(products(text)).toEqual(['Passeport Aidant', 'API Diplômes Plus', 'MonSuivi+']);
  });

  it('leaves pronouns, people, bodies and sentences opened otherwise', () => {
    const text = [
      'Ceci permet de gagner du temps. Julie permet aux équipes de souffler.',
      "La Direction du numérique (DNUM) permet aux ministères de mutualiser leurs achats.",
      'Le programme Horizon permet aux communes de candidater.',
    ].join('\n');
    expect(products(text)).not.toContain('Ceci');
    expect(products(text)).not.toContain('Julie');
    expect(products(text).some((p) => /Direction|DNUM|programme/.test(p))).toBe(false);
  });
});

describe('a quoted name in apposition to a product word', () => {
  it('reads « « X », service … » without an article', () => {
    expect(products("Son équipe a conçu l'« Atlas des forêts », service cartographique consulté par deux millions de visiteurs.")).toEqual(['Atlas des forêts']);
  });

  it('leaves a quoted name followed by another kind of word', () => {
    expect(products("Le thème « Données ouvertes », sujet de la journée, a réuni 300 personnes.")).toEqual([]);
  });
});

describe('networks', () => {
  it('takes a network of places where people are received for a body, a telecommunications network for a product', () => {
    const text = [
      'Le réseau Relais numériques de proximité compte 1 200 conseillers dans les communes.',
      '',
      "L'agence déploie le réseau Guichets Frontière dans six départements.",
      '',
      "Le ministère s'appuie sur le réseau interministériel Arcade pour ses échanges.",
    ].join('\n');
    expect(organisations(text)).toEqual(['réseau Relais numériques de proximité', 'réseau Guichets Frontière']);
    expect(products(text)).toEqual(['Arcade']);
  });

  it('ends a name before a verb of counting and its number', () => {
    expect(organisations('Le programme Territoires connectés compte 40 communes pilotes.')).toEqual(['programme Territoires connectés']);
  });
});

describe('what is not a product', () => {
  it('leaves the people an enumeration after a product word names', () => {
    expect(products('Ont contribué au produit : Léa Martin (designer), Paul Girard (développeur), Inès Benali (cheffe de produit).')).toEqual([]);
  });

  it('leaves the section headings of a software documentation', () => {
    const text = ['# Tampon', '', '## Démarrage rapide', '', "L'application se lance avec une seule commande.", '', '## Installation', '', "L'outil s'installe en deux minutes."].join('\n');
    expect(products(text)).not.toContain('Démarrage rapide');
    expect(products(text)).not.toContain('Installation');
  });

  it('names software on a platform without its major version', () => {
    expect(products('Le service repose sur un socle Java 8 dont le support s’achève.')).toEqual(['Java']);
  });
});

describe('an API named by a common noun', () => {
  it('goes on with its lowercase complement', () => {
    const text = "L'API Ressources du foyer est ouverte aux caisses. L'API Relevés hydrologiques des stations sera publiée en 2026. L'API Fiches de poste alimente la bourse.";
    expect(products(text)).toEqual(['API Ressources du foyer', 'API Relevés hydrologiques des stations', 'API Fiches de poste']);
  });

  it('stops before who uses it, a verb, or a body', () => {
    expect(products("L'API Entreprise des administrations reste ouverte. L'API Adresse de la Direction du numérique (DNUM) est stable.")).toEqual(['API Entreprise', 'API Adresse']);
  });
});

describe('standards', () => {
  it('takes a standard every administration applies, defined with its acronym, for no product', () => {
    expect(products("Les pages respectent le référentiel général d'amélioration de l'accessibilité (RGAA).")).toEqual([]);
    expect(products("Le service publie le référentiel national des points de collecte (RNPC).")).toEqual(['référentiel national des points de collecte']);
  });
});

describe('a table of products', () => {
  it('reads a name cell whose parentheses say what the product is: the name, and the parentheses as its description', () => {
    const text = [
      '| Projet | Porteur | Coût (M€) |',
      '| --- | --- | --- |',
      "| Paie-Net (paie des agents de l'État) | CSPN | 152,0 |",
      '| Atlas-RH (SIRH interministériel) | DTRH | 40,5 |',
      '| Base Adresse Locale (BAL) | DNUM | 3,0 |',
    ].join('\n');
    const found = dataOf(facts(text), 'product');
    expect(found.map((p) => [p.name, p.acronym, p.description])).toEqual([
      ['Paie-Net', null, "paie des agents de l'État"],
      ['Atlas-RH', null, 'SIRH interministériel'],
      ['Base Adresse Locale', 'BAL', null],
    ]);
  });
});

describe('more product words and shapes', () => {
  it('reads a service named by a capitalised word after what it does', () => {
    const text = 'Le pôle Collaboration est responsable de Parloir et du service de visioconférence Agora.';
    expect(products(text)).toContain('Agora');
    expect(organisations(text)).toEqual(['pôle Collaboration']);
  });

  it('reads identity providers, identity federations, digital identities and workstations', () => {
    const text = [
      "Les jetons sont délivrés par le fournisseur d'identité « PassCampus » de la direction.",
      '',
      "Le pôle Identité gère la fédération d'identité Sésame Pro ; le pôle Poste déploie le poste de travail Bureau Mobile.",
      '',
      "Connexion via Clé Club, l'identité numérique des dirigeants associatifs.",
    ].join('\n');
    expect(products(text)).toEqual(['PassCampus', 'Sésame Pro', 'Bureau Mobile', 'Clé Club']);
    expect(organisations(text)).toEqual(['pôle Identité', 'pôle Poste']);
  });

  it('reads the processing of data an act creates under a name, capitalised', () => {
    const text = [
      "Vu l'arrêté du 3 mars 2024 portant création d'un traitement automatisé de données à caractère personnel dénommé « Dossier unique du patient » ;",
      '',
      'Le traitement des demandes dénommé « urgence » prend deux jours.',
    ].join('\n');
    expect(products(text)).toEqual(['Dossier unique du patient']);
  });

  it('gives one name to « API X » and « X » of a text when nothing says X is something else', () => {
    const text = [
      "L'arrêté autorise la création d'un traitement automatisé de données dénommé « IdControle ».",
      '',
      "L'API IdControle est ouverte aux préfectures. La plateforme Hydra publie les relevés ; l'API Hydra les expose.",
    ].join('\n');
    expect(products(text)).toEqual(['API IdControle', 'API IdControle', 'Hydra', 'API Hydra']);
  });
});

describe('hierarchy', () => {
  it('reads the unit a person heads and the body closing the line, in a list of people met', () => {
    const text = [
      'La direction générale des étrangers (DGEF) a été entendue.',
      '',
      'Personnes rencontrées :',
      '- Mme Léa Roux, cheffe du bureau des titres de séjour (BTS), DGEF',
      "- M. Paul Vidal, chef du bureau de l'accueil du public, préfecture de la Haute-Loire",
      '- Mme Anne Brun, directrice du programme Horizon, mission de la transformation numérique (MTN)',
    ].join('\n');
    const found = hierarchy(text);
    expect(found).toContain('BTS → DGEF');
    expect(found).toContain("bureau de l'accueil du public → préfecture de la Haute-Loire");
    expect(found.some((h) => h.startsWith('programme Horizon'))).toBe(false);
  });

  it('reads the unit a person heads and the body after a dash, in a speaker\'s credit', () => {
    const found = hierarchy("Retours de Camille Martin, cheffe de la mission des archives – ministère de la Transition écologique, et de Paul Roux, responsable du bureau des archives – Communauté d'agglomération de Cergy-Pontoise.");
    expect(found).toContain('mission des archives → ministère de la Transition écologique');
    expect(found).toContain("bureau des archives → Communauté d'agglomération de Cergy-Pontoise");
    // (A body that does not close the credit is not the unit's: « … – ministère X organise … ».)
    expect(hierarchy('Camille Martin, cheffe de la mission des archives – ministère de la Culture organise la journée.')).toEqual([]);
  });

  it('reads a unit that a body houses, and a centre set within a body', () => {
    const text = [
      "La direction comprend le département Produits numériques (DPN), qui abrite l'incubateur « Fabrique des Vallons ».",
      '',
      'Elle pilote les lycées et, au sein de la DIRN, le centre régional de réponse aux incidents (CRRI) ;',
    ].join('\n');
    const found = hierarchy(text);
    expect(found).toContain('incubateur Fabrique des Vallons → DPN');
    expect(found).toContain('CRRI → DIRN');
  });
});

describe('hierarchy stated by a relative clause, a demonstrative, a possessive or a head', () => {
  it('reads « dont relève » and « à laquelle est rattaché »', () => {
    const found = hierarchy(
      [
        'La direction des infrastructures et de la production (DIP), dont relève le bureau des réseaux (BR), traite les demandes.',
        '',
        "La sous-direction des compétences et de l'accompagnement (SDCA), à laquelle est rattaché le centre de formation « Campus public », pilote les formations.",
      ].join('\n'),
    );
    expect(found).toContain('BR → DIP');
    expect(found).toContain('centre de formation Campus public → SDCA');
  });

  it('takes the nearest body of the demonstrative\'s type', () => {
    const text = 'Le bureau des achats (BACH) est dirigé par Mme Roux. Délégation est donnée à M. Vidal, chef du bureau de l\'hébergement (BHEB), et à Mme Brun, cheffe du pôle « Cloud ministériel » de ce bureau.';
    expect(hierarchy(text)).toContain('pôle Cloud ministériel → BHEB');
    expect(hierarchy(text)).not.toContain('pôle Cloud ministériel → BACH');
  });

  it('reads « chef du pôle X de ce bureau »', () => {
    expect(hierarchy('Délégation est donnée au chef du bureau de l\'hébergement (BHEB) et, en son absence, à M. Tristan Oubrier, chef du pôle « Cloud ministériel » de ce bureau.')).toContain(
      'pôle Cloud ministériel → BHEB',
    );
  });

  it('reads a unit named with a possessive as a unit of the body the sentence opens with', () => {
    expect(hierarchy("La sous-direction des usages (SDU) en assure l'animation, par l'intermédiaire de son bureau de la qualité des services numériques (BQSN), qui tient la liste.")).toContain('BQSN → SDU');
    // (Not when the sentence opens otherwise.)
    expect(hierarchy("Selon la sous-direction des usages (SDU), son bureau de la qualité des services numériques (BQSN) tient la liste.")).not.toContain('BQSN → SDU');
  });

  it('reads an attachment to the head of a body', () => {
    expect(hierarchy('La mission de la sécurité des systèmes d\'information (MSSI) est directement rattachée au chef du service du numérique (SNUM).')).toContain('MSSI → SNUM');
  });
});

describe('units named right after a count', () => {
  it('reads « auxquelles s’ajoute X » and « parmi lesquels X et Y »', () => {
    const text = [
      'La direction du numérique (DNUM) comprend trois sous-directions, auxquelles s\'ajoute la mission Architecture (MA), directement rattachée au directeur :',
      '- la sous-direction des infrastructures (SDI) ;',
      '- la sous-direction des applications (SDA).',
      '',
      "L'Agence nationale des titres (ANT) comprend cinq départements, parmi lesquels le département des ressources humaines (DRH) et le département des affaires financières (DAF).",
    ].join('\n');
    const found = hierarchy(text);
    for (const link of ['MA → DNUM', 'SDI → DNUM', 'SDA → DNUM', 'DRH → ANT', 'DAF → ANT']) expect(found).toContain(link);
  });
});

describe('a generic unit name coordinated with a named unit', () => {
  it('is a unit when coordinated with a unit of the same kind the text names', () => {
    const text = 'Le département Produits (DP) réunit le bureau des applications métiers (BAM) et le bureau des services aux usagers ; il porte le portail.';
    expect(organisations(text)).toContain('bureau des services aux usagers');
    expect(hierarchy(text)).toContain('bureau des services aux usagers → DP');
  });

  it('stays aside alone, or next to another kind of body', () => {
    expect(organisations('Il rencontre le bureau du courrier et des affaires générales.')).toEqual([]);
    expect(organisations("L'Agence nationale des titres (ANT) et la mission de conseil se réunissent.")).not.toContain('mission de conseil');
    // (Nor in apposition to a name: « Houle, l'incubateur de services numériques ».)
    expect(organisations("Le site a été conçu par Vague, l'incubateur de services numériques de la direction du numérique (DNUM).")).not.toContain('incubateur de services numériques');
  });
});

describe('a single capitalised word', () => {
  it('is no product when the text also writes it as a common noun', () => {
    const text = ['| Projet | Porteur | Domaine |', '| --- | --- | --- |', '| Achats | SAPN | Critique |', '', 'Les achats numériques et la situation critique du projet sont suivis.'].join('\n');
    expect(products(text)).not.toContain('Achats');
  });

  it('stays a product when a product word and its article name it', () => {
    expect(products('En mars 2014, la direction lance le service Démarches, qui aide à simplifier les démarches des agents.')).toContain('Démarches');
  });

  it('stays a product when the text writes it only as a name (an address aside)', () => {
    const text = "Le service en ligne Vigilo est ouvert. En savoir plus : vigilo.exemple.gouv.fr";
    expect(products(text)).toContain('Vigilo');
  });
});

describe('a titled product and a geoportal', () => {
  it('reads « X-Y : l’offre … » as a title naming a product, and « le géoportail X »', () => {
    const text = "## Nimbus-État : l'offre d'informatique en nuage interne de l'État\n\nLe pôle publie le géoportail GéoVal, ouvert en avril 2024.";
    expect(products(text)).toEqual(['Nimbus-État', 'GéoVal']);
  });

  it('leaves a place written with a hyphen before a colon', () => {
    expect(products("## Saint-Malo : l'offre de formation numérique de la région")).toEqual([]);
  });
});

describe('guards found by the review of the session', () => {
  it('takes no person for a product after a product word', () => {
    const text = "Le directeur des systèmes d'information Marc Leroy a présenté la feuille de route. Lors de la visioconférence Jean Castex a annoncé le plan.";
    expect(products(text)).toEqual([]);
  });

  it('takes no place, person, pronoun or company for a product that « permet »', () => {
    const text =
      'Marseille permet aux visiteurs de découvrir le patrimoine. Mme Borne permet aux élus de voter. Ceux-ci permettent de gagner du temps. Ça permet de gagner du temps. Bpifrance permet aux entreprises de se financer. Business France permet aux entreprises d’exporter. Météo-France permet aux usagers de consulter la carte. Article 12 permet au préfet de statuer.';
    expect(products(text)).toEqual([]);
  });

  it('keeps a unit named between guillemets by its remit, and regional units', () => {
    const text = 'Le service « Ressources humaines » compte douze agents. Le service « Achats » gère les marchés publics. Le service régional Occitanie instruit les demandes. Le service de paiement de Lyon est fermé.';
    expect(products(text)).toEqual([]);
    expect(organisations(text)).toEqual(['service Ressources humaines', 'service Achats', 'service régional Occitanie', 'service de paiement de Lyon']);
  });

  it('links no unit named with a possessive when another body stands between', () => {
    expect(hierarchy('La direction du numérique (DNUM) travaille avec la préfecture du Rhône et son bureau du courrier (BC).')).not.toContain('BC → DNUM');
  });

  it('stops the units named after a count where the list ends', () => {
    const found = hierarchy("L'Agence nationale des titres (ANT) comprend cinq départements, parmi lesquels le département des ressources humaines (DRH), et travaille avec la direction générale des finances publiques (DGFIP).");
    expect(found).toContain('DRH → ANT');
    expect(found).not.toContain('DGFIP → ANT');
  });

  it('keeps a product named by a product word whose name the text also writes as a common noun', () => {
    const text = "Elle a mis en service l'entrepôt de données « Phare ». C'est le projet phare de la direction. La messagerie Signal est recommandée. Le signal d'alerte retentit.";
    expect(products(text)).toEqual(['Phare', 'Signal']);
  });

  it('reads no processing in a name given to something else', () => {
    expect(products('Le traitement indiciaire des agents du corps dénommé « Ingénieurs des territoires » est revalorisé.')).toEqual([]);
  });

  it('reads no place nor network in a quoted apposition', () => {
    const text = "Le colloque s'est tenu à « La Maison de la Chimie », site historique du quartier. Les lauréats de « Territoires d'innovation », réseau de vingt-quatre collectivités, sont connus.";
    expect(products(text)).toEqual([]);
  });

  it('glues no adverbial phrase nor users to an API name', () => {
    const text = "L'API Entreprise d'ici fin 2025 intégrera les données. L'API Adresse de nouveau disponible rassure. L'API Entreprise des préfectures est saturée.";
    expect(products(text)).toEqual(['API Entreprise', 'API Adresse', 'API Entreprise']);
  });

  it('renames no platform after its API', () => {
    expect(products('La plateforme Hydra publie les relevés. HydraPro permet aux hydrologues de consulter les relevés. L’API Hydra les expose.')).toEqual(['Hydra', 'HydraPro', 'API Hydra']);
  });

  it('reads no unit in a body that receives visitors', () => {
    expect(hierarchy('La préfecture de la Gironde, qui accueille la mission d’inspection des services (MIS) du 3 au 7 juin, prépare le bilan.')).toEqual([]);
  });

  it('keeps a radio network a product', () => {
    const text = 'La gendarmerie déploie le réseau Relais radio sécurisé dans les vallées.';
    expect(organisations(text)).toEqual([]);
  });

  it('reads one product from a cell read by its product word and by its table', () => {
    const table = ['| Projet | Unité porteuse |', '| --- | --- |', '| Entrepôt de données « Grenier » | bureau des données |'].join('\n');
    expect(dataOf(facts(table), 'product').map((p) => `${p.name} | ${p.operator?.name ?? ''}`)).toEqual(['Grenier | bureau des données']);
  });
});

describe('guards found by the second review of the session', () => {
  it('keeps a unit named between guillemets by its remit, with « et », an apostrophe, or joined', () => {
    const text = "Le service « Systèmes d'information » recrute. Vous rejoindrez le service « Études et Développements ». Le service « Achats et Marchés » a été rattaché à la direction.";
    expect(products(text)).toEqual([]);
    expect(organisations(text)).toEqual(["service Systèmes d'information", 'service Études et Développements', 'service Achats et Marchés']);
  });

  it('keeps bodies named after « site », « espace » or an activity, and regional units', () => {
    const text = "Inscrivez-vous sur le site Pôle emploi. Le service de paiement Occitanie et le service de paiement Bretagne instruisent. Le service d'hébergement Bretagne du SGAR est fermé.";
    expect(products(text)).toEqual([]);
    expect(organisations(text)).toContain('Pôle emploi');
    expect(organisations(text)).toContain('service de paiement Occitanie');
  });

  it('keeps a product a sentence names though the text writes the word in lowercase elsewhere', () => {
    expect(products("La DNUM a déployé Osmose, la plateforme collaborative de l'État. L'osmose entre les équipes est réelle.")).toContain('Osmose');
  });

  it('links no possessive unit past a person or another body', () => {
    const found = hierarchy("La direction des achats (DAE) a rencontré le directeur de l'hôpital et son service des achats (SA). La direction du numérique (DNUM) a signé avec la société Altéa et sa direction technique (DT).");
    expect(found).not.toContain('SA → DAE');
    expect(found).not.toContain('DT → DNUM');
  });

  it('takes a demonstrative for its own word, and not past an unnamed body', () => {
    const found = hierarchy(
      "La direction du numérique (DNUM) comprend la sous-direction des infrastructures (SDI). Mme Roux, cheffe du bureau des réseaux (BR) de cette direction, est nommée. Le bureau des achats (BA) est ouvert. Un nouveau bureau de la sécurité sera créé en 2026. M. Paul, chef du pôle « Audit » de ce bureau, le préfigure.",
    );
    expect(found).toContain('BR → DNUM');
    expect(found).not.toContain('BR → SDI');
    expect(found.some((h) => h.startsWith('pôle Audit'))).toBe(false);
  });

  it('follows the relative pronoun\'s gender', () => {
    const found = hierarchy("Le bureau des affaires générales de la sous-direction de l'administration (SDA), auquel est rattaché le pôle courrier (PC), traite le courrier.");
    expect(found).not.toContain('PC → SDA');
    expect(found.some((h) => h.startsWith('PC → bureau des affaires générales'))).toBe(true);
  });

  it('reads no unit from a roof given or from members', () => {
    const text = 'La préfecture de la Gironde (PG), qui héberge la direction régionale de l’alimentation (DRAAF) dans ses locaux, prépare le bilan. Le comité interministériel de la transformation (CITP), qui regroupe la direction du budget (DB), se réunit.';
    expect(hierarchy(text)).toEqual([]);
  });

  it('reads no product from a person\'s title, a meeting, a region, a report or a job offer', () => {
    const text = [
      "La directrice des systèmes d'information Grand Est est nommée. Lors de la visioconférence Ségur du 3 mars, le plan est présenté.",
      '',
      '## Auvergne-Rhône-Alpes : la plateforme régionale des services',
      '',
      "Le rapport « Transformer l'action publique », suite à la mission, est publié. « Développeur full stack », offre publiée le 3 mars. Le livre « L'État plateforme », outil de réflexion.",
    ].join('\n');
    expect(products(text)).toEqual([]);
  });

  it('glues no body nor environment to an API, takes no year for a version, and no status for a description', () => {
    expect(products("L'API Adresse de l'IGN est stable. L'API Adresse de recette est ouverte. Le pôle déploie le socle Horizon 2030.")).toEqual(['API Adresse', 'API Adresse', 'Horizon 2030']);
    const table = ['| Projet | Porteur |', '| --- | --- |', '| Modernisation de la paie (en cours) | DGFIP |'].join('\n');
    expect(dataOf(facts(table), 'product').map((p) => p.description)).not.toContain('en cours');
  });

  it('takes no post office for a unit', () => {
    expect(organisations('Le bureau des applications (BA) et le bureau de poste de la commune ferment.')).toEqual(['bureau des applications']);
  });
});

describe('a product\'s acronym', () => {
  it('is no body\'s, needs every word of the name, and an API\'s only after an API\'s name', () => {
    const text =
      'La MSA propose le portail Mes Démarches Sociales (MSA). Le ministère utilise le logiciel Sirhius (SIRH) et l’application Ma Sécurité (MI). Etalab publie la Base Adresse Nationale (API BAN).';
    const found = dataOf(facts(text), 'product');
    expect(found.every((p) => p.acronym === null)).toBe(true);
    expect(found.map((p) => p.name)).toContain('API BAN');
  });

  it('is read in parentheses after its name when it spells the name, not when the letters of another word do', () => {
    const text = "Le ministère s'appuie sur le Réseau interministériel de l'État (RIE). L'API Certificats énergétiques des logements (API CEL) est ouverte. Le service Tchap (DINUM) est ouvert.";
    expect(dataOf(facts(text), 'product').map((p) => `${p.name} | ${p.acronym}`)).toEqual([
      "Réseau interministériel de l'État | RIE",
      'API Certificats énergétiques des logements | API CEL',
      'Tchap | null',
    ]);
  });
});
