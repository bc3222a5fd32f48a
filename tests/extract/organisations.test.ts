import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../pipeline/stages/extract/extractors/organisations.ts';
import { matchLongForm } from '../../pipeline/stages/extract/org-mentions.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const orgs = (text: string) => {
  const r = extractOrganisations(doc(text));
  expectExactQuotes(text, r.facts);
  return r.facts;
};
const pairs = (text: string) =>
  dataOf(orgs(text), 'organisation')
    .filter((o) => o.acronym && o.name)
    .map((o) => `${o.name} = ${o.acronym}`);
const parents = (text: string) =>
  dataOf(orgs(text), 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.acronym ?? h.parent.name}`);

describe('organisations: acronym definitions', () => {
  it('finds « long name (ACR) » from the sources', () => {
    expect(pairs("La direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie.")).toEqual([
      'direction interministérielle du numérique = DINUM',
    ]);
  });

  it('finds a long name whose acronym takes syllables and skips function words', () => {
    const text =
      "La direction interministérielle du numérique et du système d’information et de communication de l’État (DINSIC) conduit un chantier.";
    expect(pairs(text)).toEqual([
      "direction interministérielle du numérique et du système d'information et de communication de l'État = DINSIC",
    ]);
  });

  it('prefers the long form whose initials spell the acronym (« (ADAE, créée en 2003) »)', () => {
    const text = "puis l’Agence pour le Développement de l’Administration Électronique (ADAE, créée en 2003[4]) dans le cadre.";
    expect(pairs(text)).toEqual(["Agence pour le Développement de l'Administration Électronique = ADAE"]);
  });

  it('finds « ACR (long name) » and « (long name - ACR) »', () => {
    expect(pairs('Le pilotage revient à la DRAAF (direction régionale de l’alimentation, de l’agriculture et de la forêt).')).toEqual([
      "direction régionale de l'alimentation, de l'agriculture et de la forêt = DRAAF",
    ]);
    expect(pairs("elle s'appuie sur l'encadrement (délégation interministérielle à l'encadrement supérieur de l'État - DIESE), et veille")).toEqual([
      "délégation interministérielle à l'encadrement supérieur de l'État = DIESE",
    ]);
    // A network of sites is a product, not an organisation.
    expect(pairs("elle opère le réseau d'échanges (réseau interministériel de l’État - RIE), et veille")).toEqual([]);
  });

  it('finds bodies of other shapes written by us (institut, agence, service, délégation)', () => {
    const text =
      "L'Institut national de la statistique et des études économiques (INSEE) et l'Agence nationale de la sécurité des systèmes d'information (ANSSI) travaillent avec le Service d'information du Gouvernement (SIG) et la Délégation à l'information et à la communication (DICOM).";
    expect(pairs(text)).toEqual([
      "Institut national de la statistique et des études économiques = INSEE",
      "Agence nationale de la sécurité des systèmes d'information = ANSSI",
      "Service d'information du Gouvernement = SIG",
      "Délégation à l'information et à la communication = DICOM",
    ]);
  });

  it('accepts acronyms written as words when the initials spell them (« (Dinum) », « (Arcom) »)', () => {
    const text =
      "La Direction interministérielle du numérique (Dinum) et l'Autorité de régulation de la communication audiovisuelle et numérique (Arcom) coopèrent. La Dinum pilote. Le Centre (Paris) ouvre.";
    const found = dataOf(orgs(text), 'organisation');
    expect(found.filter((o) => o.acronym).map((o) => `${o.acronym}:${o.name ?? ''}`)).toEqual([
      'Dinum:Direction interministérielle du numérique',
      'Arcom:Autorité de régulation de la communication audiovisuelle et numérique',
      'Dinum:',
    ]);
  });

  it('names ministries from their complement (« ministère de l’intérieur »)', () => {
    const names = dataOf(orgs('Le décret est pris sur le rapport du ministère de l’intérieur et du ministère de la Culture.'), 'organisation').map((o) => o.name);
    expect(names).toEqual(["ministère de l'intérieur", 'ministère de la Culture']);
  });

  it('does not take a concept for an organisation (« système d’information (SI) »)', () => {
    expect(pairs("la qualité du système d’information (SI) de l’État")).toEqual([]);
  });

  it('keeps the type word of the long name as the organisation type', () => {
    const types = dataOf(orgs('Le département des infrastructures et services opérés (ISO) construit des services.'), 'organisation');
    expect(types[0]).toMatchObject({ acronym: 'ISO', type: 'département' });
  });
});

describe('organisations: named units', () => {
  it('reads the quoted name after the type word', () => {
    const names = dataOf(orgs('Le département « Appui, conseil et expertise » accompagne les ministères.'), 'organisation').map((o) => o.name);
    expect(names).toEqual(['département Appui, conseil et expertise']);
  });

  it('stops a name before its predicate', () => {
    const names = dataOf(orgs('La délégation interministérielle à l’encadrement supérieur assure le suivi des cadres.'), 'organisation').map((o) => o.name);
    expect(names).toEqual(["délégation interministérielle à l'encadrement supérieur"]);
  });

  it('ignores generic plurals and common nouns', () => {
    expect(dataOf(orgs('Les directions métier manquent de capacité. Une des missions est de prévenir les échecs.'), 'organisation')).toEqual([]);
  });
});

describe('organisations: hierarchy', () => {
  it('links « X de la Y » when X is a sub-unit', () => {
    expect(parents('La Brigade d’intervention numérique de la DINUM accompagne les ministères. La direction interministérielle du numérique (DINUM) pilote.')).toContain(
      "Brigade d'intervention numérique < DINUM",
    );
  });

  it('links a defined unit in guillemets to the body after it (« « Cellule … (CAN) » de la DGFiP »)', () => {
    expect(parents('les agents de la « Cellule d’appui numérique (CAN) » de la DGFiP interviennent. La DGFiP gère.')).toContain(
      "Cellule d'appui numérique < DGFiP",
    );
  });

  it('links « X est un département de Y »', () => {
    // (A proper name without a type word is a unit when its sentence says so, session 26.)
    expect(parents('Etalab est un département de la direction interministérielle du numérique (DINUM).')).toEqual(['Etalab < DINUM']);
    expect(parents('Le bureau « Archives » est un service de la direction des affaires culturelles (DAC).')).toContain('bureau Archives < DAC');
  });

  it('links « X (département de la Y) » and « X, rattachée à la Y »', () => {
    expect(parents("Le pôle « Données » (département de la DSIN) publie. La DSIN pilote.")).toContain('pôle Données < DSIN');
    expect(parents("La mission « Archives », rattachée à la direction des affaires culturelles (DAC), conserve.")).toContain('mission Archives < DAC');
  });

  it('links the list items that follow a count statement to its subject', () => {
    const text = [
      'La direction régionale des finances publiques (DRFIP) comprend trois pôles et une mission :',
      '- le pôle « Gestion fiscale » traite les déclarations ;',
      '- le pôle « Gestion publique » tient les comptes ;',
      '- le pôle « Pilotage et ressources » gère les moyens ;',
      '- la mission « Audit » contrôle.',
    ].join('\n');
    const facts = orgs(text);
    expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.name} < ${h.parent.acronym}`)).toEqual([
      'pôle Gestion fiscale < DRFIP',
      'pôle Gestion publique < DRFIP',
      'pôle Pilotage et ressources < DRFIP',
      'mission Audit < DRFIP',
    ]);
    expect(dataOf(facts, 'unit-count').map((c) => `${c.count} ${c.unit_type}`)).toEqual(['3 pôle', '1 mission']);
  });

  it("reads the units a count statement adds with « ainsi qu'un … et une … »", () => {
    const text = [
      "L'office des relevés cadastraux (ORC) publie les plans.",
      '',
      "L'office comprend deux départements, ainsi qu'un secrétariat général et une mission rattachés au directeur :",
      '',
      '- Département Levés et mesures (DLM)',
      '- Département Diffusion',
      '- Secrétariat général : budget, achats, ressources humaines',
      '- Mission Qualité et méthodes',
    ].join('\n');
    const facts = orgs(text);
    expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.acronym}`)).toEqual([
      'Département Levés et mesures < ORC',
      'Département Diffusion < ORC',
      'Secrétariat général < ORC',
      'Mission Qualité et méthodes < ORC',
    ]);
    expect(dataOf(facts, 'unit-count').map((c) => `${c.count} ${c.unit_type}`)).toEqual(['2 département', '1 secrétariat', '1 mission']);
    // Without « ainsi que », the sentence still counts its départements only.
    const plain = orgs(text.replace(", ainsi qu'un secrétariat général et une mission rattachés au directeur", ''));
    expect(dataOf(plain, 'unit-count').map((c) => `${c.count} ${c.unit_type}`)).toEqual(['2 département']);
  });

  it('resolves a pronoun subject (« Elle comprend … ») to the last organisation in subject position', () => {
    const text = [
      "La direction du numérique (DNUM) pilote les projets du ministère de l'Intérieur.",
      '',
      'Elle comprend deux départements :',
      '',
      'Le département « Infrastructures »',
      '',
      'Le département « Applications »',
    ].join('\n');
    expect(parents(text)).toEqual(['département Infrastructures < DNUM', 'département Applications < DNUM']);
  });

  it('links the sub-units listed under a heading naming a unit', () => {
    const text = ['## Direction des achats de l’État (DAE)', '', '- le bureau « Stratégie »', '- le bureau « Performance »'].join('\n');
    expect(parents(text)).toEqual(['bureau Stratégie < DAE', 'bureau Performance < DAE']);
  });
});

describe('matchLongForm', () => {
  const words = (s: string) => [...s.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  it('returns -1 when the letters cannot be read in order', () => {
    expect(matchLongForm('XYZ', words('direction du numérique'))).toBe(-1);
  });
  it('never starts a long form on a function word', () => {
    expect(matchLongForm('DN', words('la direction du numérique'))).toBe(1);
  });
});

describe('organisations: name boundaries (regressions)', () => {
  const names = (text: string) => dataOf(extractOrganisations(doc(text)).facts, 'organisation').map((o) => o.name);
  it('keeps an enumeration of remits in a ministry name', () => {
    expect(names("Le ministère de l'intérieur, de l'outre-mer et des collectivités territoriales et le ministère des affaires étrangères et européennes.")).toEqual([
      "ministère de l'intérieur, de l'outre-mer et des collectivités territoriales",
      'ministère des affaires étrangères et européennes',
    ]);
  });
  it('ends a proper name before its predicate (« le programme ABC fera … »)', () => {
    expect(names("Le programme ABC fera l'objet d'une publication. Le Conseil général de l'économie, de l'industrie et des technologies rend un avis.")).toEqual([
      'programme ABC',
      "Conseil général de l'économie, de l'industrie et des technologies",
    ]);
  });
  it('skips legal statuses, territories and phrases that only precede a parenthesis', () => {
    expect(names("L'agence est un service à compétence nationale. Le département de l'Ariège. L'institut cultive un potentiel dans de multiples domaines (santé).")).toEqual([]);
  });
});

describe('organisations: tables', () => {
  it('reads the organisations of a column headed « Producteur »', () => {
    const text = '| Jeu de données | Producteur |\n|---|---|\n| Répertoire des lieux | CNPQ |\n| Base des routes | Office national des routes |\n';
    const found = dataOf(extractOrganisations(doc(text)).facts, 'organisation');
    expect(found.map((o) => o.acronym ?? o.name).sort()).toEqual(['CNPQ', 'Office national des routes']);
  });
});

describe('organisations: more name boundaries (regressions)', () => {
  const names = (text: string) => dataOf(extractOrganisations(doc(text)).facts, 'organisation').map((o) => o.name);
  it('keeps lowercase adjectives after capitalised words and stops an enumeration after « et »', () => {
    expect(
      names("Le ministère de la Transformation et de la Fonction publiques et le ministère de la Transition écologique. Le secrétariat général de la défense et de la sécurité nationale, des moyens nécessaires."),
    ).toEqual(['ministère de la Transformation et de la Fonction publiques', 'ministère de la Transition écologique', 'secrétariat général de la défense et de la sécurité nationale']);
  });
  it('does not take a person’s office for a body (« sous l’autorité de la ministre »)', () => {
    expect(names("Elle est placée sous l'autorité de la ministre de la Culture, par délégation du Premier ministre.")).toEqual([]);
  });
  it('reads names in title and alt attributes of markup', () => {
    expect(names('<Etape date="01/02/2020" title="Rencontre avec la direction générale du travail (DGT)" />')).toEqual(['direction générale du travail']);
    expect(names('<Etape\n  title="Réunion avec l\'agence d\'appui au numérique (AAN)"\n/>')).toEqual(["agence d'appui au numérique"]);
  });
});

describe('organisations: acronyms from layout', () => {
  const acronyms = (text: string) => dataOf(extractOrganisations(doc(text)).facts, 'organisation').map((o) => o.acronym);
  it('takes acronyms alone on their line, in lists of acronyms and in acronym column headers', () => {
    const text = 'Les acteurs transverses :\n\nDGAFF\n\nSGPI\n\n- DB, ANSSI, DAE et DITP\n\n\tDINSIC\tMINEFI\tMININT\tAutres ministères\n';
    expect(acronyms(text)).toEqual(['DGAFF', 'SGPI', 'DB', 'ANSSI', 'DAE', 'DITP', 'DINSIC', 'MINEFI', 'MININT']);
  });
  it('does not take words set in capitals for acronyms', () => {
    expect(acronyms('ACTION\n\nPUBLIQUE\n\n2022\n\n# TRANSFORMATION NUMÉRIQUE\n')).toEqual([]);
  });

  it('leaves lists of generic acronyms alone', () => {
    expect(acronyms('Les API, SI et RH sont mutualisés.')).toEqual([]);
  });
});

describe('organisations: attachment to an office', () => {
  it('attaches « ce service » to the body its office heads', () => {
    const text =
      "Il est créé un service à compétence nationale dénommé « Agence nationale de la sécurité numérique ». Le secrétariat général de la défense et de la sécurité nationale (SGDSN) coordonne. L'Agence nationale de la sécurité numérique (ANSN) est rattachée au secrétaire général de la défense et de la sécurité nationale.";
    const h = dataOf(extractOrganisations(doc(text)).facts, 'hierarchy');
    expect(h.map((x) => `${x.child.acronym ?? x.child.name} < ${x.parent.name ?? x.parent.acronym}`)).toEqual([
      'ANSN < secrétariat général de la défense et de la sécurité nationale',
    ]);
  });
  it('maps offices to bodies', async () => {
    const { bodyOfOffice } = await import('../../pipeline/stages/extract/extractors/organisations.ts');
    expect(bodyOfOffice('directeur général des finances publiques')).toBe('direction générale des finances publiques');
    expect(bodyOfOffice('ministre de la Culture, qui')).toBe('ministère de la Culture');
    expect(bodyOfOffice('président du comité')).toBeNull();
    // The director of a body its complement names by its type word heads that body, not a « direction de … ».
    expect(bodyOfOffice("directeur de l'Agence des cartes marines")).toBe('Agence des cartes marines');
    expect(bodyOfOffice('directrice du département des infrastructures')).toBe('département des infrastructures');
    // (A secretary general heads the body's secretariat; « de l'agence » alone names no body.)
    expect(bodyOfOffice('secrétaire générale du ministère de la Mer')).toBe('secrétariat général du ministère de la Mer');
    expect(bodyOfOffice("directrice générale de l'agence")).toBe("direction générale de l'agence");
  });
});

describe('organisations: units of a body', () => {
  it('names a generic unit with its parent and links them (« le service des achats de la DGFiP »)', () => {
    const text = "Le chef du service du numérique du ministère de la Culture et le bureau des achats de la direction générale des finances publiques (DGFiP) signent. Le rapport du ministère de l'intérieur et du ministère de la Culture.";
    const facts = extractOrganisations(doc(text)).facts;
    expect(dataOf(facts, 'organisation').map((o) => o.name ?? o.acronym)).toEqual([
      'service du numérique du ministère de la Culture',
      'ministère de la Culture',
      'bureau des achats de la direction générale des finances publiques',
      'direction générale des finances publiques',
      "ministère de l'intérieur",
      'ministère de la Culture',
    ]);
    expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.name} < ${h.parent.name ?? h.parent.acronym}`)).toEqual([
      'service du numérique du ministère de la Culture < ministère de la Culture',
      'bureau des achats de la direction générale des finances publiques < direction générale des finances publiques',
    ]);
  });
});

describe('organisations: « au sein de »', () => {
  it('links a fronted unit to its body (« Au sein de la DIAP, le bureau … »), also after « au sein du / des »', () => {
    const text = [
      'La direction interministérielle des achats publics (DIAP) a été créée en 2016.',
      'Au sein de la DIAP, le bureau de la performance des achats prépare les arbitrages.',
      'En 2021, au sein du secrétariat général, le pôle des données a été créé.',
      'Au sein de la direction générale des finances publiques, la mission « Expertise numérique » conseille les équipes.',
    ].join('\n\n');
    expect(parents(text).sort()).toEqual([
      'bureau de la performance des achats < DIAP',
      'mission Expertise numérique < direction générale des finances publiques',
      'pôle des données < secrétariat général',
    ]);
  });

  it('links the body placed « au sein du » another, from the sources', () => {
    const text =
      "Le , la direction interministérielle du numérique et du système d'information et de communication de l’État (DINSIC) est créée en rassemblant la DISIC, Etalab et une petite mission du SGMAP qui deviendra l'incubateur de startups d'État[8], toujours au sein du secrétariat général pour la modernisation de l'action publique jusqu’à la suppression de ce dernier le .";
    expect(parents(text)).toContain(
      "direction interministérielle du numérique et du système d'information et de communication de l'État < secrétariat général pour la modernisation de l'action publique",
    );
  });

  it('takes no unit when the clause after the comma does not open with one', () => {
    expect(parents('Au sein de la DIAP, les équipes préparent les arbitrages avec le service des achats de l’État.')).toEqual([]);
  });
});

describe('organisations: plural type words inside a name', () => {
  it('reads « des réseaux » as part of a unit name, not as the body it belongs to', () => {
    const text = [
      'La direction des infrastructures numériques (DIN) a été créée en 2019.',
      'Le département des réseaux interministériels de la DIN assure le suivi des grands projets.',
      'Au sein de la DIN, le bureau des infrastructures et des réseaux prépare les arbitrages.',
    ].join('\n\n');
    expect(parents(text)).toEqual(['département des réseaux interministériels de la DIN < DIN', 'bureau des infrastructures et des réseaux < DIN']);
  });
});

describe('organisations: « relations avec »', () => {
  it('keeps « des relations avec les usagers » in a name, and stops at « avec » elsewhere', () => {
    const text = [
      'Le Service national des relations avec les usagers (SNRU) a été créé en 2020.',
      'Le bureau des achats informatiques des relations avec les usagers du SNRU produit des référentiels communs.',
      'La Direction des Achats travaille avec la Direction des Finances.',
    ].join('\n\n');
    expect(pairs(text)).toEqual(['Service national des relations avec les usagers = SNRU']);
    expect(parents(text)).toEqual(['bureau des achats informatiques des relations avec les usagers du SNRU < SNRU']);
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toContain('Direction des Achats');
  });
});

describe('organisations: a name ends at its verb', () => {
  it('stops before a lowercase word followed by a determiner (« … crée une communauté »), not before a preposition', () => {
    const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);
    expect(names('Le programme EIG crée une communauté de mentors.')).toContain('programme EIG');
    // From the sources: « dans l'administration » is part of the name.
    expect(names("Les premières administrations ont été la mission interministérielle de soutien technique pour le développement des technologies de l'information et de la communication dans l'administration (créée en 1998).")).toEqual([
      "mission interministérielle de soutien technique pour le développement des technologies de l'information et de la communication dans l'administration",
    ]);
  });

  it('does not take a body described with an indefinite article and a participle for a name', () => {
    expect(dataOf(orgs('Le programme crée une communauté composée d’EIG et de mentors. Un service chargé de l’accueil ouvre.'), 'organisation').map((o) => o.name)).not.toContain("communauté composée d'EIG et de mentors");
  });
});

describe('organisations: sections headed by a unit', () => {
  it('makes the smaller units opening the paragraphs of a section the units of its head', () => {
    const text = [
      'Le département « Études »',
      '',
      'Le département « Études » conduit les travaux.',
      '',
      'Le pôle Statistiques produit les chiffres.',
      '',
      'Le programme « Enquêtes » recueille les réponses.',
      '',
      'Le bureau des archives de la direction des affaires (DAF) conserve.',
      '',
      'Le département « Moyens »',
      '',
      'Le pôle Achats achète.',
    ].join('\n');
    expect(dataOf(extractOrganisations(doc(text)).facts, 'hierarchy').map((h) => `${h.child.name} < ${h.parent.name ?? h.parent.acronym}`)).toEqual([
      'bureau des archives de la direction des affaires < direction des affaires',
      'pôle Statistiques < département Études',
      'programme Enquêtes < département Études',
      'pôle Achats < département Moyens',
    ]);
  });
});

describe('organisations: dates end names, offices name bodies', () => {
  const found = (text: string) => dataOf(extractOrganisations(doc(text)).facts, 'organisation').map((o) => o.name ?? o.acronym);
  it('ends a name before « en mars 2016 » or « en 2012 »', () => {
    expect(found('Le centre est renommé Agence des systèmes comptables en mars 2016.')).toEqual(['Agence des systèmes comptables']);
  });
  it('records the body an office heads when a unit is attached to it', () => {
    const text = "L'Agence pour l'informatique financière de l'État (AIFE) est créée en 2005. Elle est rattachée au directeur du budget.";
    expect(found(text)).toContain('direction du budget');
    expect(dataOf(extractOrganisations(doc(text)).facts, 'hierarchy').map((h) => `${h.child.acronym} < ${h.parent.name}`)).toEqual(['AIFE < direction du budget']);
  });
});

describe('organisations: bodies instituted next to another', () => {
  it('reads « il est institué auprès du X un comité Y » and « … auprès de la Z (ABC) une commission W »', () => {
    const text =
      "Il est institué auprès du secrétaire général de la défense et de la sécurité nationale un comité stratégique de la sécurité des systèmes d'information.\n\nIl est institué auprès de la direction des achats (DAE) une commission consultative des marchés.\n";
    expect(dataOf(extractOrganisations(doc(text)).facts, 'hierarchy').map((h) => `${h.child.name} < ${h.parent.acronym ?? h.parent.name}`)).toEqual([
      "comité stratégique de la sécurité des systèmes d'information < secrétariat général de la défense et de la sécurité nationale",
      'commission consultative des marchés < DAE',
    ]);
  });
});

describe('organisations: plural type words', () => {
  const found = (text: string) => dataOf(extractOrganisations(doc(text)).facts, 'organisation').map((o) => o.name ?? o.acronym);
  it('reads the named members after a plural type word, and collective ministries', () => {
    expect(found('Elle soutient les programmes France Services, Action cœur de ville et Petites Villes de demain. Les ministères sociaux et les ministères concernés.')).toEqual([
      'programme France Services',
      'programme Action cœur de ville',
      'programme Petites Villes de demain',
      'ministères sociaux',
    ]);
    expect(found('Les départements « Études » et « Moyens » travaillent.')).toEqual(['département Études', 'département Moyens']);
  });
  it('reads members after « comme », « tels que », « notamment », also in an open list (« … », « etc. »)', () => {
    expect(found('Le ministère finance des programmes tels que Territoires d’industrie, Action cœur de ville et Petites Villes de demain sont suivis.')).toEqual([
      "programme Territoires d'industrie",
      'programme Action cœur de ville',
      'programme Petites Villes de demain',
    ]);
    expect(found('Elle accompagne des agences régionales comme Alpha Numérique, Bêta Données, etc.')).toEqual(['agence Alpha Numérique', 'agence Bêta Données']);
    expect(found('Elle anime des programmes nationaux, notamment Territoires Connectés, Villages du Futur…')).toEqual(['programme Territoires Connectés', 'programme Villages du Futur']);
    // A list of services after a lead names products, not bodies.
    expect(found('Les agents utilisent des services comme Tchap, Résana, Osmose…')).toEqual([]);
  });
  it('keeps a domain name inside a name and skips a generic acronym alone after a lowercase type word', () => {
    expect(found('Elle fait partie de la communauté interministérielle beta.gouv.fr. Une fonction de laboratoire RH pouvant servir.')).toEqual([
      'communauté interministérielle beta.gouv.fr',
    ]);
  });
});

describe('organisations: word acronyms before their long form', () => {
  it('reads « le programme Vitam (Valeurs immatérielles …) » and « la Dinum (Direction …) », not « Alpha (Un peu de tout) »', () => {
    const text = 'Le programme Vitam (Valeurs immatérielles transmises aux archives pour mémoire) a été validé. Le Projet Alpha (Un peu de tout) et la Dinum (Direction interministérielle du numérique).';
    expect(pairs(text)).toEqual(['Valeurs immatérielles transmises aux archives pour mémoire = Vitam', 'Direction interministérielle du numérique = Dinum']);
  });
});

describe('organisations: « dont X fait partie »', () => {
  it('makes X a unit of the body named before « dont »', () => {
    const text = "Les experts de la Cellule d'appui numérique (CAN) de la DSIN (dont StudioDesign fait partie) interviennent. La DSIN pilote.";
    const facts = extractOrganisations(doc(text)).facts;
    expect(dataOf(facts, 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.acronym ?? h.parent.name}`)).toContain('StudioDesign < DSIN');
    expect(dataOf(facts, 'organisation').map((o) => o.name)).toContain('StudioDesign');
  });
});

describe('organisations: bodies named by a plural acronym', () => {
  it('takes « dans les DREAL » but not « les API » or « les PME »', () => {
    const found = dataOf(extractOrganisations(doc('Les agents des services (dans les DREAL) répondent. Les API et les PME suivent.')).facts, 'organisation');
    expect(found.map((o) => o.acronym)).toEqual(['DREAL']);
  });
});

describe('organisations: a generic unit capitalised by its position', () => {
  it('names « Service … du ministère … » at the start of a parenthesis or a line with its parent, not after « Le »', () => {
    const text = [
      'Une étude (Service statistique ministériel du ministère de la Culture) est présentée.',
      "Bureau des achats de la DGFiP : un bilan.",
      'Le Service du numérique du ministère de la Justice publie un guide.',
    ].join('\n');
    expect(parents(text)).toEqual([
      'Service statistique ministériel du ministère de la Culture < ministère de la Culture',
      'Bureau des achats de la DGFiP < DGFiP',
      // A capital after an article is the writer's choice: the unit keeps its own name.
      'Service du numérique < ministère de la Justice',
    ]);
  });
});

describe('organisations: a parenthesised list of units', () => {
  it('takes every item of a list whose items all open with a type word, even lowercase and without an adjective', () => {
    const text =
      "L'agence réunit trois anciennes structures (bureau des études statistiques, pôle données et mission de la transformation publique) depuis 2020.";
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toEqual([
      'bureau des études statistiques',
      'pôle données',
      'mission de la transformation publique',
    ]);
  });

  it('leaves a parenthesis that is not such a list alone', () => {
    expect(dataOf(orgs('Le projet (service public, accès libre) avance. Une étude (bureau des études, 2021) est parue.'), 'organisation')).toEqual([]);
  });
});

describe('organisations: a list of units', () => {
  it('takes list items that all open with a type word as units, and links them to the body counting them', () => {
    const text = [
      'La direction des systèmes d’information (DSI) comprend deux sous-directions et une mission :',
      '',
      '- la sous-direction des applications ;',
      '- la sous-direction de la stratégie et des données ;',
      '- la mission de la sécurité numérique, rattachée à la directrice.',
    ].join('\n');
    expect(parents(text)).toEqual([
      'sous-direction des applications < DSI',
      'sous-direction de la stratégie et des données < DSI',
      'mission de la sécurité numérique < DSI',
    ]);
  });

  it('does not take one list item, or items of another kind, for units', () => {
    const text = ['Les objectifs :', '', '- la mission de service public ;', '- des délais plus courts.'].join('\n');
    expect(dataOf(orgs(text), 'organisation')).toEqual([]);
  });
});

describe('organisations: a fronted attachment', () => {
  it('attaches the body that opens the main clause to the body, or the office, the fronted clause names', () => {
    const text = [
      'Rattachée à la direction générale des entreprises (DGE), la mission Nouvelle Industrie anime le réseau.',
      "Placée sous l'autorité du secrétaire général du ministère, la direction des systèmes d'information (DSI) compte 200 agents.",
    ].join(' ');
    expect(parents(text)).toEqual([
      'mission Nouvelle Industrie < DGE',
      "direction des systèmes d'information < secrétariat général du ministère",
    ]);
  });

  it('links nothing when no body opens the main clause', () => {
    expect(parents('Rattachée à la direction générale des entreprises (DGE) depuis 2019, elle anime le réseau.')).toEqual([]);
  });
});

describe('organisations: decree shapes', () => {
  const decree = [
    'Article 1er',
    '',
    'Il est créé, auprès du secrétaire général du Gouvernement, une direction interministérielle de la transformation des services (DITS).',
    '',
    'Article 2',
    '',
    'La direction interministérielle de la transformation des services comprend :',
    '1° Le département de la conception des services ;',
    '2° Le département des données et de la mesure ;',
    "3° La mission d'appui aux administrations.",
    '',
    'Article 3',
    '',
    'La délégation aux services numériques est supprimée. Ses attributions passent à l’agence pour le développement des usages.',
  ].join('\n');

  it('reads « délégation aux … », « agence pour … » as names, and the units of « X comprend : » listed with « 1° »', () => {
    // The body an office heads is added after the mentions of the text.
    expect(dataOf(orgs(decree), 'organisation').map((o) => o.name)).toEqual([
      'direction interministérielle de la transformation des services',
      'direction interministérielle de la transformation des services',
      'département de la conception des services',
      'département des données et de la mesure',
      "mission d'appui aux administrations",
      'délégation aux services numériques',
      'agence pour le développement des usages',
      'secrétariat général du Gouvernement',
    ]);
    expect(parents(decree)).toEqual([
      'direction interministérielle de la transformation des services < secrétariat général du Gouvernement',
      'département de la conception des services < direction interministérielle de la transformation des services',
      'département des données et de la mesure < direction interministérielle de la transformation des services',
      "mission d'appui aux administrations < direction interministérielle de la transformation des services",
    ]);
  });

  it('does not take « ministère à … » or « ministère pour … » for a name', () => {
    expect(dataOf(orgs('Chaque ministère à prendre en compte ; un ministère pour l’élaboration.'), 'organisation')).toEqual([]);
  });
});

describe('organisations: a direction of a body', () => {
  it('names « la direction du numérique de l’ANCT » with its body, as a unit of it', () => {
    const text = "Le programme, piloté par la direction du numérique de l'ANCT, s'appuie sur un réseau. La direction des achats du ministère de l'Intérieur publie un guide.";
    expect(parents(text)).toEqual([
      "direction du numérique de l'ANCT < ANCT",
      "direction des achats du ministère de l'Intérieur < ministère de l'Intérieur",
    ]);
  });

  it('does not take the direction as an activity for a unit (« prend la direction des opérations de la X »)', () => {
    const text = "Il prend la direction des opérations de la DINUM en 2020. Elle assure la direction des travaux du Conseil d'État. La direction de la DINUM a validé le plan.";
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym)).toEqual(['DINUM', "Conseil d'État", 'DINUM']);
  });
});

describe('organisations: « l’observatoire est rattaché à … »', () => {
  it('attaches the body a definite noun phrase stands for (the last one of that type), after a lost date too', () => {
    const text = "L'Observatoire national des données (OND) mesure l'ouverture. Le , l'observatoire est rattaché à la direction interministérielle du numérique (DINUM).";
    expect(parents(text)).toEqual(['Observatoire national des données < DINUM']);
  });
});

describe('organisations: « ouvertes », « libres » after a capitalised word', () => {
  it('keeps them in the name (« mission Données ouvertes », « pôle Logiciels libres »)', () => {
    expect(dataOf(orgs('La mission Données ouvertes publie. Le pôle Logiciels libres anime la communauté.'), 'organisation').map((o) => o.name)).toEqual([
      'mission Données ouvertes',
      'pôle Logiciels libres',
    ]);
  });
});

describe('organisations: an organisation chart in headings', () => {
  const chart = [
    '# Organigramme',
    '',
    "## Direction des systèmes d'information (DSI)",
    '',
    '### Sous-direction des infrastructures',
    '',
    '- Bureau des réseaux',
    "- Bureau de l'hébergement",
    '',
    '## Programme de la journée',
  ].join('\n');

  it('takes headings that name units for units, nested headings for their units', () => {
    expect(dataOf(orgs(chart), 'organisation').map((o) => o.name)).toEqual([
      "Direction des systèmes d'information",
      'Sous-direction des infrastructures',
      'Bureau des réseaux',
      "Bureau de l'hébergement",
    ]);
    expect(parents(chart)).toEqual([
      "Sous-direction des infrastructures < DSI",
      'Bureau des réseaux < Sous-direction des infrastructures',
      "Bureau de l'hébergement < Sous-direction des infrastructures",
    ]);
  });
});

describe('organisations: glossaries and tables of bodies', () => {
  it('pairs acronyms with the long forms a glossary gives (« - ACR : long name », « ACR – long name », table rows)', () => {
    const text = [
      '## Sigles',
      '',
      '- DSR : direction de la sécurité routière',
      "- CNIL – Commission nationale de l'informatique et des libertés ;",
      '- SI : système d’information',
      '',
      '| Sigle | Nom complet | Rattachement |',
      '| --- | --- | --- |',
      '| ANTS | Agence nationale des titres sécurisés | Ministère de l’Intérieur |',
    ].join('\n');
    expect(pairs(text)).toEqual([
      'direction de la sécurité routière = DSR',
      "Commission nationale de l'informatique et des libertés = CNIL",
      'Agence nationale des titres sécurisés = ANTS',
    ]);
    expect(parents(text)).toEqual(["Agence nationale des titres sécurisés < Ministère de l'Intérieur"]);
  });
});

describe('organisations: « sous la tutelle de »', () => {
  it('attaches « X est un établissement public placé sous la tutelle du ministère Y » to Y', () => {
    const text = "L'Agence du numérique public (ANP) est un établissement public placé sous la tutelle du ministère de l'Économie.";
    expect(parents(text)).toEqual(["Agence du numérique public < ministère de l'Économie"]);
  });
});

describe('organisations: « dépend de », « relève de »', () => {
  it('ends a name at « dépend » and attaches « X relève de Y » to Y', () => {
    const text = 'Le bureau des études (BE) relève de la sous-direction des statistiques (SDS). Le service dépend de la direction du numérique.';
    expect(parents(text)).toEqual(['bureau des études < SDS']);
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).not.toContain('service dépend de la direction du numérique');
  });
});

describe('organisations: encyclopedia infoboxes and emphasised acronyms', () => {
  it('pairs « **Name** (**ACR**) » and reads the infobox row « Organisation mère » as the parent of the page’s body', () => {
    const text = [
      '# Agence nationale de la sécurité des données',
      '',
      '| | |',
      '| --- | --- |',
      '| Création | 7 juillet 2009 |',
      '| Organisation mère | Secrétariat général de la défense (SGD) |',
      '',
      "L'**Agence nationale de la sécurité des données** (**ANSD**) est un service français.",
    ].join('\n');
    expect(pairs(text)).toContain('Agence nationale de la sécurité des données = ANSD');
    expect(parents(text)).toEqual(['Agence nationale de la sécurité des données < SGD']);
  });
});

describe('organisations: a title set in capitals', () => {
  it('takes no word of an all-capitals line for an acronym (« DIRECTION DES ACHATS DE L’ÉTAT »)', () => {
    const text = "DIRECTION DES ACHATS DE L'ÉTAT\n\nLa direction des achats de l'État (DAE) définit la politique des achats.";
    // The title names the body (normalise merges it with the full name, case aside); « ÉTAT » is no acronym.
    expect(dataOf(orgs(text), 'organisation').map((o) => o.acronym ?? o.name)).toEqual(["DIRECTION DES ACHATS DE L'ÉTAT", 'DAE']);
    expect(parents(text)).toEqual([]);
  });
});

describe('organisations: an acronym and its long form between dashes', () => {
  it('pairs « la DINUM – direction interministérielle du numérique – pilote », not a list of acronyms or a clause', () => {
    expect(pairs('La DINUM – direction interministérielle du numérique – pilote. Le SGPI — secrétariat général pour l’investissement, pilote.')).toEqual([
      'direction interministérielle du numérique = DINUM',
      "secrétariat général pour l'investissement = SGPI",
    ]);
    expect(pairs('La DINUM — qui pilote — agit. Réunion DINUM - DGFiP - ANSSI du 3 mai.')).toEqual([]);
  });
});

describe('organisations: units a sentence lists, heads or describes', () => {
  const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);

  it('takes lowercase units listed after a colon, and links them to the body that « comprend » or « s’articule autour de » them', () => {
    const text =
      "La direction des usages numériques (DUN) comprend trois sous-directions : la sous-direction des réseaux, la sous-direction des applications et le bureau de la qualité. Elle s'articule désormais autour de deux pôles : le pôle études et le pôle exploitation.";
    expect(names(text)).toEqual(expect.arrayContaining(['sous-direction des réseaux', 'sous-direction des applications', 'bureau de la qualité', 'pôle études', 'pôle exploitation']));
    expect(parents(text)).toEqual(expect.arrayContaining(['sous-direction des réseaux < DUN', 'sous-direction des applications < DUN', 'pôle études < DUN', 'pôle exploitation < DUN']));
    // A colon that opens no list of units: nothing taken.
    expect(names('Objectif : la direction du projet et le service rendu aux usagers.')).toEqual([]);
  });

  it('takes a lowercase unit headed by an office, or the subject of its remit, and a unit fronted by « Au sein de X (ACR), »', () => {
    expect(names('Mme Odile Perrin succède à M. Jean Roux à la tête du bureau des marchés publics.')).toEqual(['bureau des marchés publics']);
    expect(names('Écrire à la cheffe de la mission des archives.')).toEqual(['mission des archives']);
    expect(names('Le service des achats est chargé de la passation des marchés.')).toEqual(['service des achats']);
    expect(names('Le service rendu aux usagers reste la priorité.')).toEqual([]);
    const fronted = "Au sein de la direction des territoires (DTER), le bureau des cartes produit les référentiels.";
    expect(parents(fronted)).toEqual(['bureau des cartes < DTER']);
  });

  it('ends a name at a spaced dash (an apposition) and a ministry’s name at « sur » (a document’s topic)', () => {
    expect(names('Intervention de la cheffe de la mission des données – ministère de la Mer')).toEqual(['mission des données', 'ministère de la Mer']);
    expect(names('Le rapport de la Cour des comptes sur la dématérialisation paraît en mai.')).toEqual(['Cour des comptes']);
    expect(names('Il préside la commission nationale sur l’avenir des archives.')).toEqual(["commission nationale sur l'avenir des archives"]);
  });

  it('distributes a plural « ministères » over its remits', () => {
    expect(names('Le projet associe les ministères de la Mer et des Sports.')).toEqual(['ministère de la Mer', 'ministère des Sports']);
    expect(names('Des services des ministères comme ceux de la Culture, de la Mer ou des Sports ont candidaté.')).toEqual([
      'ministère de la Culture',
      'ministère de la Mer',
      'ministère des Sports',
    ]);
    expect(names('Les ministères concernés ont été consultés.')).toEqual([]);
  });

  it('attaches the unit a phrase opens with, not the ministry of its complement (« Le service X (ABC) du ministère Y est rattaché à Z »)', () => {
    const text = 'Le service des outils numériques (SON) du ministère de la Mer est rattaché au secrétariat général.';
    expect(parents(text)).toEqual(['service des outils numériques < ministère de la Mer', 'service des outils numériques < secrétariat général']);
  });
});

describe('organisations: an order organising a direction', () => {
  it('takes the direction an act organises, its attachment to the secretariat general, and the units each « comprend : » lists', () => {
    const text = [
      "Arrêté du 2 mai 2024 portant organisation de la direction des données et des usages",
      '',
      "La direction des données et des usages, placée sous l'autorité du secrétaire général, comprend :",
      '',
      '- la sous-direction des plateformes ;',
      '- le bureau de la documentation.',
      '',
      'La sous-direction des plateformes comprend :',
      '',
      '1° Le bureau des serveurs ;',
      '',
      '2° Le bureau des logiciels.',
    ].join('\n');
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toEqual(
      expect.arrayContaining(['direction des données et des usages', 'sous-direction des plateformes', 'bureau de la documentation', 'bureau des serveurs', 'bureau des logiciels']),
    );
    expect(parents(text)).toEqual(
      expect.arrayContaining([
        'direction des données et des usages < secrétariat général',
        'sous-direction des plateformes < direction des données et des usages',
        'bureau de la documentation < direction des données et des usages',
        'bureau des serveurs < sous-direction des plateformes',
        'bureau des logiciels < sous-direction des plateformes',
      ]),
    );
  });

  it('reads « opérateur », « fondation », « association » as type words, and a capitalised type word as part of a name', () => {
    expect(pairs("Le site est hébergé par l'Opérateur national des réseaux publics (ONRP).")).toEqual(['Opérateur national des réseaux publics = ONRP']);
    expect(dataOf(orgs('Le département Opérateur de services partagés de la DGX construit les outils.'), 'organisation').map((o) => o.name ?? o.acronym)).toEqual([
      'département Opérateur de services partagés',
      'DGX',
    ]);
  });
});

describe('organisations: attached to two bodies, a status with a nationality', () => {
  it('reads « X est un service à compétence nationale français, rattaché à la direction A et à la direction B »', () => {
    const text = "L'Agence des outils comptables (AOC) est un service à compétence nationale français créé en 2006, rattaché à la direction du budget et à la direction générale des impôts.";
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym)).toEqual([
      'Agence des outils comptables',
      'direction du budget',
      'direction générale des impôts',
    ]);
    expect(parents(text)).toEqual(['Agence des outils comptables < direction du budget', 'Agence des outils comptables < direction générale des impôts']);
    // « sous la direction de » is still no body.
    expect(dataOf(orgs('Le rapport est rédigé sous la direction du préfet.'), 'organisation')).toEqual([]);
  });
});

describe('organisations: coordinated adjectives and « dans »', () => {
  const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);
  it('keeps « … géographique et forestière » in a name, ends a direction’s name at « dans », not an agency’s', () => {
    expect(names("Le directeur de l'Institut national des cartes marines et forestières ou son représentant.")).toEqual(['Institut national des cartes marines et forestières']);
    expect(names("Renforcer le rôle de la direction interministérielle des achats dans l'instruction des projets.")).toEqual(['direction interministérielle des achats']);
    expect(names("Elle succède à l'agence pour la cartographie dans les territoires.")).toEqual(["agence pour la cartographie dans les territoires"]);
  });
});

describe('organisations: what the text says a defined name is', () => {
  it('takes « Le Lab X (LX) est un incubateur … » for a body without a type word, not « Le Plan X (PX) est un document »', () => {
    expect(pairs("Le Lab des routes (LDR) est un incubateur de services rattaché à l'Agence des routes.")).toEqual(['Lab des routes = LDR']);
    expect(pairs("Le Guide des routes (GDR) est un document de référence.")).toEqual([]);
  });

  it('attaches « X (ABC), service à compétence nationale rattaché à la Y (DEF) » to Y', () => {
    const text = 'Le service est opéré par le Centre des paies numériques (CPN), service à compétence nationale rattaché à la direction des ressources humaines (DRH).';
    expect(parents(text)).toEqual(['Centre des paies numériques < DRH']);
  });
});

describe('organisations: an organisation chart as a nested list', () => {
  it('makes each indented item naming a unit a unit of the item above it, through emphasis', () => {
    const text = [
      '- **Direction des cartes (DCA)** — directrice : Anne Petit',
      '  - **Service des relevés (SRE)**',
      '    - Bureau des levés',
      '  - Mission qualité',
      '',
      'Les effectifs sont stables.',
      '',
      '- Service isolé',
    ].join('\n');
    expect(parents(text)).toEqual(['Service des relevés < DCA', 'Bureau des levés < SRE', 'Mission qualité < DCA']);
  });
});

describe('organisations: a pronoun after « L’agence … »', () => {
  it('resolves « Elle comprend … » through a definite « L’agence » subject to the last agency, not to a body named since', () => {
    const text = [
      "L'Agence des réseaux (AGR) est créée en 2020. La direction des lignes (DLI), dont les équipes sont reprises, est supprimée.",
      '',
      "L'agence est dirigée par une directrice. Elle comprend deux départements : le département des câbles et le département des antennes.",
    ].join('\n');
    expect(parents(text)).toEqual(['département des câbles < AGR', 'département des antennes < AGR']);
  });
});

describe('organisations: title-case unit names and articles of a decree', () => {
  const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);
  it('keeps « et » + a common noun in a title-case name, not « et le pôle … », and « durables » in a ministry', () => {
    expect(names('Le Département Architecture et innovation conduit les études. Le pôle Cartes et le pôle Routes travaillent.')).toEqual([
      'Département Architecture et innovation',
      'pôle Cartes',
      'pôle Routes',
    ]);
    expect(names("Le ministère de la Mer et des Ports durables publie.")).toEqual(['ministère de la Mer et des Ports durables']);
  });

  it('takes an article’s subject unit (« La sous-direction X conçoit, … Elle comprend : ») as the parent of the listed units', () => {
    const text = [
      'La sous-direction des routes et des ponts conçoit, développe et maintient les ouvrages.',
      '',
      'Elle comprend :',
      '',
      '1° Le bureau des ponts ;',
      '2° Le bureau des tunnels.',
    ].join('\n');
    expect(parents(text)).toEqual(['bureau des ponts < sous-direction des routes et des ponts', 'bureau des tunnels < sous-direction des routes et des ponts']);
  });
});

describe('organisations: the subject of a count statement', () => {
  it('is the unit its phrase opens with (« La direction X (DX) du secrétariat général du ministère Y s’articule autour de deux pôles : »)', () => {
    const text = [
      'Depuis 2025, la direction des usages (DUS) du secrétariat général du ministère de la Mer s’articule autour de deux pôles :',
      '',
      '- le pôle « Données » ;',
      '- le pôle « Design ».',
    ].join('\n');
    expect(parents(text).filter((p) => p.startsWith('pôle'))).toEqual(['pôle Données < DUS', 'pôle Design < DUS']);
  });

  it('is the last body of its type for a definite type noun (« L’agence comprend deux départements : »), not the last body named', () => {
    const text = [
      "L'Agence des cartes (ADC) publie les cartes. La direction générale est assurée par Mme Léa Roux.",
      '',
      "L'agence comprend deux départements :",
      '',
      '- Département Relevés (DRE)',
      '- Département Éditions (DED)',
    ].join('\n');
    expect(parents(text)).toEqual(['Département Relevés < ADC', 'Département Éditions < ADC']);
  });

  it('counts a body named by its acronym as of its acronym’s type (« L’OFN est dirigé … L’office est organisé en »), not an earlier body of that type', () => {
    const text = [
      "# Revue de l'Office des fichiers numériques",
      '',
      "La mission recommande à l'OFN et à l'Office national des archives publiques de partager leurs outils.",
      '',
      "L'OFN est dirigé par un directeur général nommé par décret.",
      '',
      "L'office est organisé en deux directions :",
      '',
      '- la direction des données (DDO) ;',
      '- la direction des usages (DUS).',
      '',
      '### Office des fichiers numériques (OFN)',
    ].join('\n');
    expect(parents(text).filter((p) => p.startsWith('direction'))).toEqual(['direction des données < OFN', 'direction des usages < OFN']);
  });
});

describe('organisations: a ministry’s secretariat general', () => {
  it('names « le secrétariat général du ministère de la Mer » with its ministry and attaches it to the ministry', () => {
    expect(parents('Le projet est suivi par le secrétariat général du ministère de la Mer.')).toEqual(['secrétariat général du ministère de la Mer < ministère de la Mer']);
  });
});

describe('organisations: more acronym definitions', () => {
  const defined = (text: string) =>
    dataOf(orgs(text), 'organisation')
      .filter((o) => o.name && o.acronym)
      .map((o) => `${o.acronym} = ${o.name}`);

  it('reads « au CSN, centre de services numériques de Brest, service … » (the long form spells the acronym)', () => {
    expect(defined("L'hébergement a été confié en 2019 au CSNB, centre de services numériques de Brest, service à compétence nationale.")).toEqual([
      'CSNB = centre de services numériques de Brest',
    ]);
    // A list of places or a long form that does not spell the acronym is no definition.
    expect(defined('Le SGA, Paris et Lyon signent. La DAE, direction du budget, répond.')).toEqual([]);
  });

  it('reads <abbr title="long form">ACR</abbr> and hyphenated acronyms', () => {
    expect(defined('<p>Les données sont publiées par l<abbr title="Office des relevés marins">ORM</abbr>, établissement public.</p>')).toEqual(['ORM = Office des relevés marins']);
    expect(defined("Elle dirigeait l'Agence régionale des services numériques Bretagne-Loire (ARSN-BL).")).toEqual([
      'ARSN-BL = Agence régionale des services numériques Bretagne-Loire',
    ]);
  });
});

describe('organisations: pronoun subjects and the end of a name', () => {
  it('links « Rattachée au secrétariat général du ministère, elle … » to the body the pronoun points back to', () => {
    const text = "La direction des usages des cartes (DUC) conçoit les outils du ministère de la Mer. Rattachée à la délégation aux territoires (DAT), elle conçoit les outils.";
    expect(parents(text)).toContain('direction des usages des cartes < DAT');
  });

  it('ends a name before a clitic (« La direction s’organise … ») and keeps adjectives in -cole / -ile', () => {
    const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name);
    expect(names("La direction s'organise en trois départements. Le pôle n'a pas de budget.")).toEqual([]);
    expect(names('Le ministère de la Transition agricole et alimentaire s’organise autour du ministère de la Sécurité civile.')).toEqual([
      'ministère de la Transition agricole et alimentaire',
      'ministère de la Sécurité civile',
    ]);
  });
});

describe('organisations: nested HTML lists', () => {
  it('reads <li> items nested in an <li> as the units of the body it names', () => {
    const text = [
      '<p>Les producteurs :</p>',
      '<ul>',
      '  <li><strong>Direction des relevés (DREL)</strong>',
      '    <ul>',
      '      <li>Service des données marines (SDM)</li>',
      '      <li>Service des côtes (SDC)</li>',
      '    </ul>',
      '  </li>',
      '  <li><strong>Observatoire des ports</strong> (OBP)</li>',
      '</ul>',
    ].join('\n');
    expect(parents(text)).toEqual(['Service des données marines < DREL', 'Service des côtes < DREL']);
  });
});

describe('organisations: membership statements, paths and mixed-case acronyms', () => {
  it('reads « est l’un des quatre services du … », « fait partie du … », « qui lui est rattachée », « service à compétence nationale de … »', () => {
    const text =
      "Le service des technologies numériques (STN) est l'un des quatre services du secrétariat général du ministère de la Pêche. " +
      'Le bureau des relevés (BREL) fait partie du département des cartes (DCAR). ' +
      "La délégation aux territoires (DTER) est placée auprès du ministre. Elle s'appuie sur l'UNAP, qui lui est rattachée. " +
      "La MIPX, service à compétence nationale de l'AIPX, héberge les plateformes. Le pôle Lumière fait partie du réseau des ateliers numériques (RAN).";
    const found = parents(text);
    expect(found).toEqual(expect.arrayContaining(['service des technologies numériques < secrétariat général du ministère de la Pêche', 'bureau des relevés < DCAR', 'UNAP < DTER', 'MIPX < AIPX']));
    expect(found.some((p) => p.endsWith('< RAN'))).toBe(false);
  });

  it('reads a path « Employeur : ministère X > secrétariat général > service Y (SY) > département Z (DZ) »', () => {
    const text = "**Employeur** : ministère de la Pêche > secrétariat général > service des technologies numériques (STN) > département de l'innovation (DINN)";
    expect(parents(text)).toEqual(['secrétariat général < ministère de la Pêche', 'service des technologies numériques < secrétariat général', "département de l'innovation < STN"]);
  });

  it('takes « DiNuT », « CoNuR » for acronyms, not « Paris » or « LaPoste »', () => {
    const acronyms = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.acronym).filter(Boolean);
    expect(acronyms('| DiNuT | Délégation interministérielle au numérique territorial |\n\nLa CoNuR et la DiNuT se réunissent.')).toEqual(expect.arrayContaining(['DiNuT', 'CoNuR']));
    expect(acronyms('Paris et LaPoste signent.')).toEqual([]);
  });
});

describe('organisations: where a name ends', () => {
  const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name);

  it('ends a name before an article, « en date du », and a civility after a comma; takes no venue', () => {
    expect(names("La ministre a présenté en Conseil des ministres le projet de décret. L'avis de la délégation aux usages numériques en date du 2 mai 2026 est favorable.")).toEqual([
      'Conseil des ministres',
      'délégation aux usages numériques',
    ]);
    expect(names("La convention est signée à la préfecture de Rennes, Mme Léa Caron présidant. La journée se tient au Centre de congrès de Nantes.")).toEqual(['préfecture de Rennes']);
  });

  it('reads no infobox labels as bodies when the infobox is headed by a name holding « structure »', () => {
    const text = ['| Agence des infrastructures cartographiques | |', '|---|---|', '| Création | 2020 |', '| Siège | Brest |', '', "L'Agence des infrastructures cartographiques (AIC) publie."].join('\n');
    expect(names(text)).not.toContain('Création');
    expect(names(text)).not.toContain('Siège');
  });
});

describe('organisations: « s’appuie sur trois départements : … »', () => {
  it('reads the units a body « s’appuie sur », counted, and not a network it merely relies on', () => {
    expect(parents("L'office des cartes (OFC) s'appuie sur deux départements : le département Relevés et le département Diffusion.")).toEqual([
      'département Relevés < OFC',
      'département Diffusion < OFC',
    ]);
    expect(parents("L'office des cartes (OFC) s'appuie sur le réseau des correspondants régionaux (RCR).")).toEqual([]);
  });
});

describe('organisations: decrees and reports', () => {
  it('gives « L’office comprend : 1° … » the office the article created, not the body it is attached to', () => {
    const text = [
      'Article 1er',
      '',
      'Il est créé un service à compétence nationale dénommé « Office des relevés numériques » (ORN), rattaché à la direction des cartes (DCAR).',
      '',
      'Article 2',
      '',
      "L'office comprend :",
      '',
      '1° Le département des études ;',
      '',
      '2° La mission d’appui.',
    ].join('\n');
    expect(parents(text)).toEqual(['Office des relevés numériques < DCAR', 'département des études < ORN', "mission d'appui < ORN"]);
  });

  it('reads every attachment of a sentence (« X, placée sous l’autorité du ministre, est rattachée au Y »), and ends an enumeration before its full stop', () => {
    expect(parents("La délégation aux services numériques (DSN), placée sous l'autorité du ministre, est rattachée au secrétariat général du Gouvernement (SGG).")).toEqual(['délégation aux services numériques < SGG']);
    expect(parents("L'Agence des cartes (ACA) est organisée en trois départements : Relevés, Données et Support.")).toEqual([
      'département Relevés < ACA',
      'département Données < ACA',
      'département Support < ACA',
    ]);
  });
});

describe('organisations: review fixes', () => {
  const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);

  it('keeps capitalised nouns that are also verbs inside a name, and articles after « contre », « par »', () => {
    expect(names('Le département Produit et design a été créé en 2021. Le pôle Finance et achats pilote le budget.')).toEqual(['département Produit et design', 'pôle Finance et achats']);
    expect(names('La Mission interministérielle de lutte contre les fraudes numériques publie son rapport.')).toEqual(['Mission interministérielle de lutte contre les fraudes numériques']);
  });

  it('links « fait partie du … » to the body that ends right before it only', () => {
    expect(parents('Le projet porté par la délégation aux services numériques (DSN) fait partie du programme Territoires Connectés.')).toEqual([]);
  });

  it('reads the attachment of « X, placée sous l’autorité du ministre chargé du numérique, est rattachée au Y » (an authority alone is a parent only without it, and a minister « chargé de » a remit names none), and ends counts at their adjective', () => {
    const found = parents("La mission des archives (MDA), placée sous l'autorité du ministre chargé du numérique, est rattachée au secrétariat général du Gouvernement (SGG).");
    expect(found).toContain('mission des archives < SGG');
    expect(found).not.toContain('mission des archives < ministère chargé du numérique');
    // (Session 35: « le ministre chargé du numérique » designates a remit any ministry may hold, no body: no parent.
    // « sous l'autorité du ministre de la Culture » still gives the ministry.)
    expect(parents("La mission des archives (MDA) est placée sous l'autorité du ministre chargé du numérique.")).toEqual([]);
    expect(parents("La mission des archives (MDA) est placée sous l'autorité du ministre de la Culture.")).toEqual(['mission des archives < ministère de la Culture']);
    const counts = orgs('La direction des cartes (DCAR) comprend deux bureaux qui travaillent avec les régions.').filter((f) => f.data.kind === 'unit-count');
    expect(counts.map((f) => f.quote)).toEqual(['comprend deux bureaux']);
  });
});

describe('organisations: units enumerated right after a verb of containment', () => {
  it('reads « X regroupe le bureau A et le bureau B », « est composée de la sous-direction A, de la sous-direction B et du bureau C », « est un service à compétence nationale de Y »', () => {
    expect(parents('La sous-direction des méthodes (SDM) regroupe le bureau des études et le bureau des outils.')).toEqual(['bureau des études < SDM', 'bureau des outils < SDM']);
    expect(parents('La direction des cartes (DCAR) est composée de la sous-direction des relevés, de la sous-direction des images et du bureau des moyens.')).toEqual([
      'sous-direction des relevés < DCAR',
      'sous-direction des images < DCAR',
      'bureau des moyens < DCAR',
    ]);
    expect(parents("L'Office des relevés numériques (ORN) est un service à compétence nationale de la direction des cartes (DCAR).")).toEqual(['ORN < DCAR'.replace('ORN', 'Office des relevés numériques')]);
    // A committee « réunit » its members: no units.
    expect(parents('Le comité des usages (CUS) réunit la direction des cartes et le bureau des moyens.')).toEqual([]);
  });

  it('reads « X, qui regroupe les équipes …, organisées en pôles : le pôle A, le pôle B et le pôle C » (a participle and the plural type before a colon)', () => {
    const text = "- la direction des services (DSE), qui regroupe les équipes des produits, organisées en pôles : le pôle Accueil, le pôle Données publiques et le pôle Paiement ;";
    expect(parents(text)).toEqual(['pôle Accueil < DSE', 'pôle Données publiques < DSE', 'pôle Paiement < DSE']);
    // (Projects are not units: nothing.)
    expect(parents('La direction des services (DSE) est organisée en projets : le projet Alpha et le projet Beta.')).toEqual([]);
  });
});

describe('organisations: units listed after a plural type word and its owner', () => {
  it('reads « avec les directions générales du ministère - direction générale A (DGA), direction générale B (DGB) - » (the one ministry of the page) and « les bureaux de la sous-direction X : le bureau A, le bureau B »', () => {
    const text = [
      '# Ministère des Routes',
      '',
      'Le schéma a été élaboré avec les directions générales du ministère – direction générale des ponts (DGP), direction générale des tunnels (DGTU) – et la direction des achats (DAC).',
      '',
      'Les bureaux de la sous-direction des réseaux (SDR) : le bureau des câbles (BCA) et le bureau des fibres (BFI).',
    ].join('\n');
    expect(parents(text)).toEqual(['direction générale des ponts < Ministère des Routes', 'direction générale des tunnels < Ministère des Routes', 'bureau des câbles < SDR', 'bureau des fibres < SDR']);
    // (Units of another type than the plural's are not in the list: « les pôles de la direction X : le bureau Y ».)
    expect(parents('Les pôles de la direction des ponts (DPO) : le bureau des piles (BPI).')).toEqual([]);
  });
});

describe('organisations: hierarchy stated across semicolons, incises and authorities', () => {
  it('an enumeration after a count goes on after semicolons, each item opening with a unit of the counted type', () => {
    const text =
      'La délégation aux réseaux fluviaux (DRF) comprend trois départements : le département « Écluses » (DEC), qui exploite les ouvrages ; le département « Usagers », chargé des démarches en ligne ; enfin le département « Données », qui publie les jeux de données. Le DEC est lui-même organisé en deux pôles, le pôle « Nord » et le pôle « Sud ».';
    const links = parents(text);
    expect(links).toContain('département Usagers < DRF');
    expect(links).toContain('département Données < DRF');
    expect(links).toContain('pôle Nord < DEC');
    expect(links).toContain('pôle Sud < DEC');
  });

  it('« X, auparavant rattaché à Y, relève de Z »: X is a unit of Z, and Y of nothing said here', () => {
    const links = parents('Depuis mars 2031, le pôle « Ports », auparavant rattaché à la direction des quais (DQ) du ministère de la Mer, relève du département des escales (DES).');
    expect(links).toContain('pôle Ports < DES');
    expect(links.filter((l) => l.startsWith('direction des quais') || l.startsWith('DQ'))).not.toContain('direction des quais < DES');
  });

  it('an attachment with an incise after the verb, and the attachment rather than the authority as parent', () => {
    const links = parents(
      "Placée sous l'autorité du ministre chargé de la mer, la délégation aux ports (DPO) est rattachée, pour sa gestion administrative, au secrétariat général du ministère de la Mer.",
    );
    expect(links).toContain('délégation aux ports < secrétariat général du ministère de la Mer');
    expect(links.some((l) => l.includes('chargé de la mer'))).toBe(false);
  });

  it('« le secrétariat général du ministère X » is named with its ministry, a unit of it', () => {
    const text = 'La direction des ports (DPT) relève du secrétariat général du ministère de la Mer.';
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toContain('secrétariat général du ministère de la Mer');
    expect(parents(text)).toContain('secrétariat général du ministère de la Mer < ministère de la Mer');
  });

  it('« Elle sera organisée en trois directions : » after « L’agence reprendra … »: the agency, not the body last named', () => {
    const text = [
      "Au 1er janvier 2032, le centre des réseaux (CRE) deviendra l'Agence des réseaux publics (ARP). L'agence reprendra les agents du CRE.",
      'Elle sera organisée en deux directions :',
      '- la direction des câbles (DCA) ;',
      '- la direction des antennes (DAN).',
    ].join('\n');
    const links = parents(text);
    expect(links).toContain('direction des câbles < ARP');
    expect(links).toContain('direction des antennes < ARP');
    expect(links.some((l) => l.endsWith('→ CRE'))).toBe(false);
  });
});

describe('organisations: org charts and units named by a product word', () => {
  it('a label that opens and ends its line is the whole name (« - Cellule accueil et orientation — Prénom Nom »); a centre nested under a unit is its unit', () => {
    const text = ['- Bureau des quais (BQ) — Paul Léger', '  - Cellule accueil et orientation — Inès Morvan', '  - Centre de services de Brest — Yves Calvez'].join('\n');
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toContain('Cellule accueil et orientation');
    const links = parents(text);
    expect(links).toContain('Cellule accueil et orientation < BQ');
    expect(links).toContain('Centre de services de Brest < BQ');
  });

  it('« La plateforme d’appui aux ports (PAP) est un service du secrétariat … »: a body, whose units a count introduces (« répartis en trois pôles : »)', () => {
    const text = [
      "La plateforme d'appui aux ports (PAP) est un service du secrétariat général aux affaires maritimes (SGAM). La PAP compte 12 agents, répartis en deux pôles :",
      '',
      '- pôle « Quais » ;',
      '- pôle « Escales ».',
    ].join('\n');
    expect(dataOf(orgs(text), 'organisation').find((o) => o.acronym === 'PAP')?.type).toBe('service');
    const links = parents(text);
    expect(links).toContain("plateforme d'appui aux ports < SGAM");
    expect(links).toContain('pôle Quais < PAP');
    expect(links).toContain('pôle Escales < PAP');
  });
});

describe('organisations: funds, public remits, ministries inside a long form', () => {
  it('a fund is a body (« le fonds pour la modernisation des ports (FMP) »)', () => {
    expect(pairs('Le projet est financé par le fonds pour la modernisation des ports (FMP).')).toContain('fonds pour la modernisation des ports = FMP');
  });

  it('« ministère des Comptes publics et de la Réforme » goes on past « publics »', () => {
    expect(dataOf(orgs('La DGCP, direction du ministère des Comptes publics et de la Réforme portuaire, pilote le projet.'), 'organisation').map((o) => o.name)).toContain(
      'ministère des Comptes publics et de la Réforme portuaire',
    );
  });

  it('« secrétariat général du ministère de la Mer (SGMM) »: the ministry, a body, is its parent', () => {
    const text = 'La direction des ports est une direction du secrétariat général du ministère de la Mer (SGMM).';
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toContain('ministère de la Mer');
    expect(parents(text)).toContain('secrétariat général du ministère de la Mer < ministère de la Mer');
  });
});

describe('organisations: org-chart tables and coordinated subjects', () => {
  it('a row gives its unit the acronym of the « Sigle » column; a unit attached to the head (« Directeur ») is a unit of the page’s body', () => {
    const text = [
      '# Organigramme de la direction des phares (DPH)',
      '',
      '| Entité | Sigle | Rattachement | Responsable |',
      '|---|---|---|---|',
      '| Sous-direction des feux | SDF | DPH | Paul Léger |',
      "| Bureau de l'entretien | BEN | SDF | Yves Calvez |",
      '| Mission qualité | MQ | Directeur | Anne Roux |',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['Sous-direction des feux = SDF', "Bureau de l'entretien = BEN", 'Mission qualité = MQ']));
    const links = parents(text);
    expect(links).toEqual(expect.arrayContaining(['Sous-direction des feux < DPH', "Bureau de l'entretien < SDF", 'Mission qualité < DPH']));
    expect(dataOf(orgs(text), 'organisation').some((o) => o.name === 'Directeur')).toBe(false);
  });

  it('« Le pôle A et le pôle B relèvent de la sous-direction C »: both', () => {
    const links = parents('Le pôle « Balises » et le pôle « Bouées » relèvent de la sous-direction des feux.');
    expect(links).toEqual(expect.arrayContaining(['pôle Balises < sous-direction des feux', 'pôle Bouées < sous-direction des feux']));
  });
});

describe('organisations: a name ends before the verb of a report', () => {
  it('« La Cour rappelle que », « le comité demande au … », « le ministère transmet à la … », « la Fabrique vous répond »; « bureau du support aux usagers » goes on', () => {
    const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);
    expect(names('La Cour rappelle que le projet a pris du retard.')).not.toContain('Cour rappelle');
    expect(names('Le comité demande au CNPH de présenter un plan.')).not.toContain('comité demande au CNPH');
    expect(names('Chaque ministère transmet à la DPB son inventaire.')).not.toContain('ministère transmet à la DPB');
    expect(names('La Fabrique vous répond sous deux jours.')).not.toContain('Fabrique vous répond');
    expect(names('Le bureau du support aux usagers (BSU) répond aux demandes.')).toContain('bureau du support aux usagers');
    expect(names('La Cour des comptes recommande de publier le coût complet.')).toContain('Cour des comptes');
    expect(names('Estimation transmise à la Cour par la mission des phares.')).not.toContain('Cour par la mission des phares');
  });
});

describe('organisations: review fixes of session 9', () => {
  it('« X, rattachée à Y, qui relève de Z »: the relative clause is Y’s', () => {
    expect(parents('La mission Alpha, rattachée à la direction Bêta, qui relève du secrétariat général Gamma, compte dix agents.')).toEqual([
      'mission Alpha < direction Bêta',
      'direction Bêta < secrétariat général Gamma',
    ]);
  });

  it('a name whose words hold HTML character references goes on past the padding of the clean copy', () => {
    const text = '<p>La d&eacute;l&eacute;gation aux ports (DPO) est rattach&eacute;e &agrave; la direction g&eacute;n&eacute;rale des moyens.</p>';
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toContain('direction générale des moyens');
  });
});

describe('organisations: an acronym set off by dashes after its long form', () => {
  it('« une note du service d’information des ports - SIP - et une autre » defines SIP; dashes around a non-acronym do not', () => {
    expect(pairs('Elle est accompagnée de deux notes (une du service d’information des ports – SIP – et une de la direction).')).toEqual(['service d’information des ports = SIP'.replace('’', "'")]);
    expect(pairs('Les équipes – DSI – ont livré la version 2 en mars.')).toEqual([]);
  });
});

describe('organisations: the units a count announces in the sentences that follow', () => {
  const text = [
    "Depuis 2024, l'agence nationale des phares et balises (ANPB) est organisée en trois pôles. Le pôle « Signalisation », que dirige Mme Lina Morel, entretient les feux ; le pôle « Données maritimes » publie les avis aux navigateurs ; le pôle « Support », enfin, gère les achats. Le pôle « Formation » du ministère de la mer forme les gardiens.",
    '',
    'La direction des ports (DIPO) comprend deux bureaux. Le bureau « Quais » gère les concessions. Le bureau « Digues » de la préfecture maritime suit les travaux.',
  ].join('\n');
  it('« est organisée en trois pôles. Le pôle A … ; le pôle B … ; le pôle C … »: the three, no more', () => {
    const links = parents(text);
    expect(links).toEqual(expect.arrayContaining(['pôle Signalisation < ANPB', 'pôle Données maritimes < ANPB', 'pôle Support < ANPB', 'bureau Quais < DIPO']));
    expect(links).not.toContain('pôle Formation < ANPB');
  });
  it('a unit whose own complement names another body (« … de la préfecture maritime ») is not one of them', () => {
    expect(parents(text)).not.toContain('bureau Digues < DIPO');
  });
  it('« … développe nos services et comprend l’incubateur « X » »: the incubator is the pôle’s', () => {
    expect(parents('Le pôle « Outils partagés » développe nos services et comprend l’incubateur « Atelier des marées ».')).toEqual([
      'incubateur Atelier des marées < pôle Outils partagés',
    ]);
  });
});

describe('organisations: an organisation of the past', () => {
  it('« Elle comprenait : » then list items: the units of the body the pronoun names', () => {
    const text = [
      'La direction des phares et balises (DPB) est supprimée en 2031. Elle comprenait :',
      '',
      '* le département Signalisation, qui entretenait les feux ;',
      '* la mission Appui aux subdivisions.',
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['département Signalisation < DPB', 'mission Appui aux subdivisions < DPB']));
  });
  it('« La direction comptait alors trois départements : … »', () => {
    expect(parents('La direction des phares et balises (DPB) comptait alors deux départements : le département Feux et le département Bouées.')).toEqual(
      expect.arrayContaining(['département Feux < DPB', 'département Bouées < DPB']),
    );
  });
  it('« le CFB devient un service à compétence nationale rattaché au MMR »', () => {
    const text = 'Le CFB, centre des feux et balises, est créé en 1998 au ministère de la mer et des rivages (MMR). En 2007, le CFB devient un service à compétence nationale rattaché au MMR.';
    expect(parents(text)).toContain('CFB < MMR');
  });
});

describe('organisations: a lowercase unit the text names elsewhere', () => {
  const table = [
    '| Entité | Sigle | Rattachement |',
    '| --- | --- | --- |',
    '| Sous-direction des quais et des digues | SDQD | DPB |',
    '',
  ];
  it('« au sein de la sous-direction des quais et des digues, le pôle X »: the unit of the table row', () => {
    const text = [...table, 'Créé en 2030 au sein de la sous-direction des quais et des digues, le pôle Design des balises (PDB) réunit dix agents.'].join('\n');
    expect(parents(text)).toContain('pôle Design des balises < sous-direction des quais et des digues');
  });
  it('not without the name written elsewhere (a lowercase unit in prose alone stays unread)', () => {
    expect(parents('Créé en 2030 au sein de la sous-direction des quais et des digues, le pôle Design des balises (PDB) réunit dix agents.')).toEqual([]);
  });
  it('not an organ every body has (« Comité de pilotage » in a table, « le comité de pilotage » in prose)', () => {
    const text = ['| Instance | Fréquence |', '| --- | --- |', '| Comité de pilotage | trimestrielle |', '', 'Le projet a été validé par le comité de pilotage du 3 mars 2031.'].join('\n');
    const names = dataOf(orgs(text), 'organisation').map((o) => o.name);
    expect(names).not.toContain('comité de pilotage');
  });
});

describe('organisations: a fronted « créée … au sein de »', () => {
  it('« Créée le 15 mars 2031 au sein de la direction X (ACR) du ministère, la mission Y (MY) … »', () => {
    expect(parents('Créée le 15 mars 2031 au sein de la direction des phares et balises (DPB) du ministère, la mission Signaux connectés (MSC) aide les ports.')).toContain(
      'mission Signaux connectés < DPB',
    );
  });
  it('in a saved HTML page (tags and references in the clean copy)', () => {
    expect(parents('<p>Créée le 15&nbsp;mars 2031 au sein de la direction des phares (DPH), la <strong>mission Feux</strong> (MF) aide les ports.</p>')).toContain('mission Feux < DPH');
  });
  it('« Au sein de la direction X, le bureau Y … »', () => {
    expect(parents('Au sein de la direction des ports (DIPO), le bureau des quais instruit les concessions.')).toContain('bureau des quais < DIPO');
  });
});

describe('organisations: « du ministère » unnamed', () => {
  it('is the one ministry the page names', () => {
    const text = [
      '# Ministère de la mer et des rivages',
      '',
      'Créée en 2031 au sein de la direction des ports et des quais (DPQ) du ministère, la mission Signaux (MS) aide les ports.',
      '',
      "Journalistes : le bureau de la presse et de l'information du ministère répond aux questions.",
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['direction des ports et des quais < Ministère de la mer et des rivages', "bureau de la presse et de l'information < Ministère de la mer et des rivages"]));
  });
  it('is no one when the text names two ministries', () => {
    const text = ['Le ministère de la mer et le ministère des sports signent une convention.', '', 'La direction des ports et des quais (DPQ) du ministère pilote le projet.'].join('\n');
    expect(parents(text).filter((p) => p.startsWith('direction des ports'))).toEqual([]);
  });
});

describe('organisations: an address block « Ministère X (MX), direction Y (DY), sous-direction Z (SZ) »', () => {
  const line = "Ministère des Ports et de l'Alimentation (MPA), direction de la transformation numérique et des systèmes d'information (DTNSI), sous-direction des applications et des services aux usagers (SDASU)";
  it('each definition after a comma starts after the one before it', () => {
    expect(pairs(line)).toEqual([
      "Ministère des Ports et de l'Alimentation = MPA",
      "direction de la transformation numérique et des systèmes d'information = DTNSI",
      'sous-direction des applications et des services aux usagers = SDASU',
    ]);
  });
  it('from the largest body to the smallest, each a unit of the one before it', () => {
    expect(parents(['**I.1) Nom et adresses**', '', line, '12, rue des Vergers, 75015 Paris'].join('\n'))).toEqual([
      "direction de la transformation numérique et des systèmes d'information < MPA",
      'sous-direction des applications et des services aux usagers < DTNSI',
    ]);
  });
  it('« Opérateur : ABC, pôle « X » »', () => {
    expect(parents("L'office des phares (OPH) publie.\n\nOpérateur : OPH, pôle « Projets et balises ».")).toEqual(['pôle Projets et balises < OPH']);
  });
  it('not an enumeration of bodies of one rank (« la direction A (DA), la direction B (DB) »), nor a sentence', () => {
    expect(parents('Signataires : direction des ports (DIPO), direction des quais (DIQ)')).toEqual([]);
    expect(parents('Le ministère de la mer (MMR) signe, la direction des ports (DIPO) exécute.')).toEqual([]);
  });
});

describe('organisations: a saved directory page', () => {
  const page = [
    '<html><head><title>Annuaire</title></head><body>',
    '<h1>Direction des phares et balises (DPB)</h1>',
    '<p>La direction des phares et balises est rattach&eacute;e au secr&eacute;tariat g&eacute;n&eacute;ral du minist&egrave;re de la Mer.</p>',
    '<h2>Services rattach&eacute;s</h2>',
    '<ul>',
    '  <li><strong>Sous-direction des moyens nautiques (SDMN)</strong>',
    '    <ul>',
    '      <li>P&ocirc;le armement</li>',
    '      <li>P&ocirc;le maintenance des navires</li>',
    '    </ul>',
    '  </li>',
    '  <li>Mission qualit&eacute; et performance</li>',
    '</ul>',
    '<h2>Partenaires</h2>',
    '<ul><li>Direction des ports (DIPO)</li></ul>',
    '</body></html>',
  ].join('\n');
  it('a type word written with a character reference (« P&ocirc;le armement ») names its unit', () => {
    expect(dataOf(orgs(page), 'organisation').map((o) => o.name)).toEqual(expect.arrayContaining(['Pôle armement', 'Pôle maintenance des navires', 'Mission qualité et performance']));
  });
  it('« # Direction X » then « ## Services rattachés » and a list: the outer items are its units, the inner ones theirs', () => {
    const links = parents(page);
    expect(links).toEqual(
      expect.arrayContaining([
        'Sous-direction des moyens nautiques < DPB',
        'Mission qualité et performance < DPB',
        'Pôle armement < SDMN',
        'Pôle maintenance des navires < SDMN',
        'direction des phares et balises < secrétariat général du ministère de la Mer',
      ]),
    );
    expect(links).not.toContain('Pôle armement < DPB');
    expect(links.filter((l) => l.startsWith('Direction des ports'))).toEqual([]);
  });
});

describe('organisations: the units of a delegation of signature', () => {
  const text = [
    '# Décision du 3 mars 2031 portant délégation de signature (direction des phares et balises)',
    '',
    "Délégation est donnée à Mme Anne Roux, cheffe du bureau des feux et des optiques à la sous-direction de la signalisation maritime, à l'effet de signer les bons de commande.",
    '',
    "Délégation est donnée à M. Yves Calvez, adjoint au chef du pôle armement du service des moyens nautiques, à l'effet de signer les ordres de mission.",
    '',
    'La décision du 14 avril 2030 portant délégation de signature est abrogée.',
  ].join('\n');
  it('« cheffe du bureau X à la sous-direction Y »: X is a unit of Y, both named', () => {
    expect(parents(text)).toContain('bureau des feux et des optiques < sous-direction de la signalisation maritime');
  });
  it('« chef du pôle X du service Y »: the service is a unit too', () => {
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).toContain('service des moyens nautiques');
  });
  it('« délégation de signature » is an act, not a body', () => {
    expect(dataOf(orgs(text), 'organisation').map((o) => o.name)).not.toContain('délégation de signature');
  });
  it('« la direction X succède au service Y »: a verb, not « X à Y »', () => {
    const names = dataOf(orgs('La direction des systèmes numériques (DSN) est créée. La direction des systèmes numériques succède au service du numérique.'), 'organisation').map((o) => o.name);
    expect(names.some((n) => /succède/.test(n ?? ''))).toBe(false);
  });
});

describe('organisations: a hearing', () => {
  it('« La commission entend M. X »: the verb before a civility is not part of a name', () => {
    const names = dataOf(orgs('La commission entend M. Hugo Ravel, délégué interministériel aux systèmes portuaires (DISP).'), 'organisation').map((o) => o.name);
    expect(names.some((n) => /entend/.test(n ?? ''))).toBe(false);
  });
  it('« Le service X (SX), jusqu’alors rattaché à la direction Y (DY), … »: its last parent when the text gives no other', () => {
    expect(parents("Le service des applications portuaires (SAP), jusqu'alors rattaché à la direction générale des infrastructures maritimes (DGIM), est supprimé.")).toEqual(['service des applications portuaires < DGIM']);
  });
  it('a former parent gives way to the current one', () => {
    const text = "Le pôle des quais (PQ), auparavant rattaché à la direction des ports (DIPO), relève du département des digues (DDIG) depuis 2031.";
    expect(parents(text)).toEqual(['pôle des quais < DDIG']);
  });
});

describe('organisations: « X, l’incubateur du ministère Y »', () => {
  it('an apposition with an article names the parent', () => {
    expect(parents("Le service est incubé depuis 2029 à la Fabrique des phares, l'incubateur du ministère de la Mer.")).toContain('Fabrique des phares < ministère de la Mer');
    expect(parents('La Fabrique RH, l’incubateur de la direction des ressources humaines portuaires (DRHP), accompagne six produits.')).toContain('Fabrique RH < DRHP');
  });
});

describe('organisations: review fixes of session 10', () => {
  it('a list of units after a label (« Copie : direction A, service B, bureau C ») does not nest', () => {
    expect(parents('Copie : direction des achats, service des affaires juridiques, bureau du courrier')).toEqual([]);
  });
  it('« Au sein de la commission X, la direction Y … »: a member of a committee, no unit of it', () => {
    expect(parents("Au sein de la commission Alpha, la direction du budget défend la position de l'État.")).toEqual([]);
  });
  it('« chef du pôle X au service des usagers »: the locution « au service de » names no parent', () => {
    expect(parents('Le chef du pôle Données au service des usagers présente le bilan.').filter((p) => p.endsWith('service des usagers'))).toEqual([]);
  });
  it('« ## Directions partenaires » announces no units; « ### Bureaux rattachés » under a sous-direction is its', () => {
    expect(parents(['# Direction Alpha', '', '## Directions partenaires', '', '- Direction Beta', '- Direction Gamma'].join('\n'))).toEqual([]);
    const nested = parents(['# Direction Alpha', '', '## Sous-direction Beta', '', '### Bureaux rattachés', '', '- Bureau Gamma', '- Bureau Delta'].join('\n'));
    expect(nested).toEqual(expect.arrayContaining(['Bureau Gamma < Sous-direction Beta', 'Bureau Delta < Sous-direction Beta']));
    expect(nested).not.toContain('Bureau Gamma < Direction Alpha');
  });
  it('« du ministère public » is no ministry of the text', () => {
    expect(parents('Le ministère de la Justice publie. Le bureau Alpha du ministère public instruit les plaintes.').filter((p) => p.startsWith('bureau Alpha'))).toEqual([]);
  });
});

describe('organisations: a saved directory page with nested lists and character references', () => {
  const page = [
    '<h1>Direction des phares (DPH)</h1>',
    '<h2>Organisation</h2>',
    '<ul>',
    '  <li><strong>Mission strat&eacute;gie, architecture et urbanisation (MSAU)</strong><br>',
    '    Chef de mission&nbsp;: M.&nbsp;Paul L&eacute;ger</li>',
    '  <li><strong>Sous-direction des infrastructures (SDI)</strong><br>',
    '    Sous-directrice&nbsp;: Mme&nbsp;Anne Roux',
    '    <ul>',
    '      <li>Bureau des r&eacute;seaux (BR)<br>Chef de bureau&nbsp;: M.&nbsp;Yves Calvez</li>',
    '      <li>P&ocirc;le assistance et poste de travail<br>Responsable&nbsp;: Mme&nbsp;Lina Morel</li>',
    '      <li>Laboratoire d&rsquo;innovation &laquo;&nbsp;Phare&rsquo;Lab&nbsp;&raquo;, cr&eacute;&eacute; en 2021</li>',
    '    </ul>',
    '  </li>',
    '</ul>',
    '<p>Le Minist&egrave;re de l&rsquo;Enseignement agricole et de la Mer publie cet annuaire.</p>',
  ].join('\n');
  it('a name with a decoded reference before its comma keeps its comma (« stratégie, architecture »)', () => {
    expect(pairs(page)).toContain('Mission stratégie, architecture et urbanisation = MSAU');
  });
  it('the lines of an item (« <br> ⏎ Sous-directrice : … ») do not close it: its nested list is its units', () => {
    expect(parents(page)).toEqual(expect.arrayContaining(['Bureau des réseaux < SDI', 'Pôle assistance et poste de travail < SDI', "Laboratoire d'innovation Phare'Lab < SDI"]));
  });
  it('« Minist&egrave;re de l&rsquo;Enseignement agricole et de la Mer »: the name goes on past a padded word', () => {
    expect(dataOf(orgs(page), 'organisation').map((o) => o.name)).toContain("Ministère de l'Enseignement agricole et de la Mer");
  });
});

describe('organisations: a delegation of signature listed by unit', () => {
  const text = [
    '1° Au service de la stratégie, du pilotage et des ressources (SSPR) :',
    '',
    '- M. Paul Léger, chef du bureau du budget et des achats numériques (SSPR1) ;',
    '- Mme Anne Roux, cheffe du bureau des compétences numériques (SSPR2) ;',
    '',
    '2° À la sous-direction des infrastructures (SDI) :',
    '',
    '- M. Yves Calvez, sous-directeur des infrastructures ;',
    '- Mme Lina Morel, cheffe du bureau des réseaux (SDI1).',
  ].join('\n');
  it('« bureau … (SSPR1) »: a unit numbered after its parent’s acronym is defined by its phrase', () => {
    expect(pairs(text)).toEqual(expect.arrayContaining(['bureau du budget et des achats numériques = SSPR1', 'bureau des compétences numériques = SSPR2', 'bureau des réseaux = SDI1']));
  });
  it('« 1° Au service X (SX) : » then the people of the list: the units they head are X’s', () => {
    expect(parents(text).sort()).toEqual(['bureau des compétences numériques < SSPR', 'bureau des réseaux < SDI', 'bureau du budget et des achats numériques < SSPR']);
  });
  it('a numbered acronym whose base the text never writes is no definition (« le rapport (RA1) »)', () => {
    expect(pairs('Le bureau des études publie le rapport annuel (RA1).')).toEqual([]);
  });
});

describe('organisations: a reorganisation told in a newsletter or a hearing', () => {
  it('« Elle ne compte plus que trois départements au lieu de cinq : le département « A », … »', () => {
    const text = 'La direction des phares (DPH) a été réorganisée. Elle ne compte plus que trois départements au lieu de cinq : le département « Feux », le département « Bouées » et le département « Quais ».';
    expect(parents(text)).toEqual(['département Feux < DPH', 'département Bouées < DPH', 'département Quais < DPH']);
  });
  it('« X, qui relevait de Y, est désormais rattaché au Z »: Z', () => {
    expect(parents("L'incubateur Phare-Lab, qui relevait de l'ancien département de l'innovation, est désormais rattaché au département « Feux ».")).toEqual(['incubateur Phare-Lab < département Feux']);
  });
  it('« la DPH s’organise désormais en trois sous-directions : » then the list', () => {
    const text = ['La direction des phares (DPH) s’organise désormais en deux sous-directions :', '', '- la sous-direction des feux (SDF) ;', '- la sous-direction des bouées (SDB).'].join('\n');
    expect(parents(text)).toEqual(['sous-direction des feux < DPH', 'sous-direction des bouées < DPH']);
  });
});

describe('organisations: the section titles of a plain-text newsletter', () => {
  it('« 4. AGENDA », an underlined « CONTACTS »: titles, no acronyms; a bare acronym alone on its line still is one', () => {
    const text = ['4. AGENDA', '', 'Le 9 décembre : rencontres.', '', 'CONTACTS', '--------', '', 'Écrire à la direction.', '', 'Instances associées :', '', 'DGPHB', '', 'Fin.'].join('\n');
    const acronyms = dataOf(orgs(text), 'organisation').map((o) => o.acronym);
    expect(acronyms).not.toContain('AGENDA');
    expect(acronyms).not.toContain('CONTACTS');
    expect(acronyms).toContain('DGPHB');
  });
});

describe('organisations: a name between guillemets after a laboratory or a grouping', () => {
  it('« chef du laboratoire de données « Rurdata » », « le groupement d’intérêt public « Accès pour tous » »', () => {
    const names = dataOf(orgs('M. Paul Léger, chef du laboratoire de données « Marées » au sein de ce bureau. Elle naîtra de la fusion du groupement d’intérêt public « Accès numérique pour tous ».'), 'organisation').map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['laboratoire de données Marées', "groupement d'intérêt public Accès numérique pour tous"]));
  });
  it('not a service (« le service d’assistance « Allo Phare » » is a product) nor a committee’s topic', () => {
    const names = dataOf(orgs('Le bureau opère le service d’assistance « Allo Phare ». La commission des finances sur le programme « Balise » a rendu son rapport.'), 'organisation').map((o) => o.name);
    expect(names.some((n) => /Allo Phare|sur le programme/.test(n ?? ''))).toBe(false);
  });
});

describe('organisations: counts that change, dashes, incises and mastheads (session 11)', () => {
  it('reads « passe de cinq à quatre départements : » as a count, its subject past an attachment incise', () => {
    const text = [
      'Direction des achats et de la logistique (DAL)',
      'Ministère de la Forêt et des Rivières',
      '',
      'Par arrêté du 2 mai 2025, la direction, rattachée au secrétariat général du ministère, passe de cinq à trois départements :',
      '',
      '- le département Marchés publics (DMP), issu de la fusion de deux bureaux ;',
      '- le département Logistique (DLO), inchangé ;',
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['département Marchés publics < DAL', 'département Logistique < DAL']));
    expect(dataOf(orgs(text), 'unit-count').map((c) => `${c.organisation.acronym} ${c.count} ${c.unit_type}`)).toEqual(['DAL 3 département']);
  });

  it('gives a masthead’s section to its smallest body, the issuer', () => {
    const text = [
      'Service des archives et de la documentation (SAD)',
      'Ministère de la Culture et des Patrimoines',
      '',
      'Notre organisation change cette année.',
      '',
      'Le bureau des fonds anciens (BFA) ouvre une salle.',
    ].join('\n');
    expect(parents(text)).toContain('bureau des fonds anciens < SAD');
    expect(parents(text)).not.toContain('bureau des fonds anciens < Ministère de la Culture et des Patrimoines');
  });

  it('reads an enumeration set off by dashes, a unit added with « ainsi qu’un », and « qui lui a été rattaché »', () => {
    const text =
      "Placée auprès du ministre, la DRNE a repris les missions du service « Archives numériques » (SAN), qui lui a été rattaché le même jour. Elle comprend aujourd'hui deux services – le service des réseaux (SR) et le service des données (SD) – ainsi qu'un secrétariat général.";
    expect(parents(text)).toEqual(
      expect.arrayContaining(['service Archives numériques < DRNE', 'service des réseaux < DRNE', 'service des données < DRNE', 'secrétariat général < DRNE']),
    );
  });
});

describe('organisations: saved pages without indentation, padded words, definite subjects (session 11)', () => {
  it('nests <li> items by their <ul> tags when the lines are not indented', () => {
    const text = [
      '<h2>Services rattach&eacute;s</h2>',
      '<ul>',
      '<li><a href="/sdr">Sous-direction des r&eacute;seaux (SDR)</a> &ndash; Sous-directeur&nbsp;: M. Paul Martin',
      '<ul>',
      '<li><a href="/bt">Bureau de la t&eacute;l&eacute;phonie (BT)</a></li>',
      '<li><a href="/bf">Bureau des fibres (BF)</a></li>',
      '</ul></li>',
      '<li><a href="/sda">Sous-direction des applications (SDA)</a></li>',
      '</ul>',
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['Bureau de la téléphonie < SDR', 'Bureau des fibres < SDR']));
    expect(parents(text)).not.toContain('Bureau de la téléphonie < SDA');
  });

  it('reads a verb of containment written with a character reference (« s&rsquo;organise en trois pôles »)', () => {
    const text = [
      '<p>Le service des archives du littoral (SAL) ouvre en janvier.</p>',
      '<p>Le SAL s&rsquo;organise en deux p&ocirc;les&nbsp;:</p>',
      '<ul>',
      '<li>p&ocirc;le Collecte et tri</li>',
      '<li>p&ocirc;le Conservation</li>',
      '</ul>',
    ].join('\n');
    expect(dataOf(orgs(text), 'unit-count').map((c) => `${c.organisation.acronym} ${c.count} ${c.unit_type}`)).toEqual(['SAL 2 pôle']);
  });

  it('takes « le service » right before the verb as the subject, a singular body, not the last body named', () => {
    const text =
      "Le service régional des données (SRD) remplace les services départementaux des données (SDD). Dirigé par Mme Anne Roux, jusqu'ici cheffe du SDD de Vallonne, le service s'organise en deux pôles : le pôle Collecte et le pôle Diffusion.";
    expect(parents(text)).toEqual(['pôle Collecte < SRD', 'pôle Diffusion < SRD']);
  });

  it('reads « placé sous l’autorité fonctionnelle du secrétaire général aux affaires régionales »', () => {
    expect(parents('Le secrétariat général aux affaires régionales (SGAR) pilote. Le centre régional des données (CRD) est placé sous l’autorité fonctionnelle du secrétaire général aux affaires régionales.')).toContain(
      'centre régional des données < secrétariat général aux affaires régionales',
    );
  });
});

describe('organisations: a unit counted once and named by its type word (session 11)', () => {
  it('reads « comprend un secrétariat général et trois départements » as the secretariat being a unit too', () => {
    const text = "L'office des cartes marines (OCM) est créé.\n\nL'office comprend un secrétariat général et deux départements :\n\n- le département « Relevés » ;\n- le département « Édition ».\n";
    expect(parents(text)).toEqual(expect.arrayContaining(['secrétariat général < OCM', 'département Relevés < OCM', 'département Édition < OCM']));
    // (« une mission » alone names no unit.)
    expect(parents("L'office des cartes marines (OCM) comprend une mission et deux pôles.")).toEqual([]);
  });
});

describe('organisations: the units of the body that delegates its signature (session 11)', () => {
  it('places the units heading the lists of delegates under the body the title names', () => {
    const text = [
      '# Décision du 2 mars 2026 portant délégation de signature (direction des archives numériques)',
      '',
      'La directrice des archives numériques,',
      '',
      "Vu l'arrêté du 3 mai 2024 portant organisation de la direction des archives numériques (DAN) ;",
      '',
      'Décide :',
      '',
      '1° Au service de la collecte (SC) :',
      '',
      '- M. Paul Marin, chef du bureau des versements (SC1) ;',
      '',
      '2° À la sous-direction de la conservation (SDC) :',
      '',
      '- Mme Lise Caron, sous-directrice de la conservation ;',
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['service de la collecte < direction des archives numériques', 'sous-direction de la conservation < direction des archives numériques', 'bureau des versements < SC']));
  });
});

describe('organisations: a chart titled « Organigramme de la direction X » (session 11)', () => {
  it('places the units under « ## Direction » and the lists of the chart under the body its title names', () => {
    const text = [
      '# Organigramme de la direction des archives numériques',
      '',
      'La direction des archives numériques (DAN) conserve les fonds.',
      '',
      '## Direction',
      '',
      '- **Directrice :** Lise Caron',
      '- Mission qualité des données (MQD) — Paul Marin',
      '- Département de la sécurité (DS) — Anne Roux',
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['Mission qualité des données < direction des archives numériques', 'Département de la sécurité < direction des archives numériques']));
  });
});

describe('organisations: a unit « de l’agence », « de la délégation » (session 11)', () => {
  it('places it under the last body of that type named before, not under a body the words go on to name', () => {
    expect(parents("L'agence des données marines (ADM) publie. Le secrétariat général de l'agence prépare le budget.")).toContain('secrétariat général < ADM');
    expect(parents("L'agence des données marines (ADM) publie. La direction de la stratégie (DS) du secrétariat général du ministère de la Mer pilote.")).not.toContain('direction de la stratégie < ADM');
    expect(parents("La délégation aux usages (DU) publie. Le pôle « Études » de la délégation nationale du littoral prépare.")).not.toContain('pôle Études < DU');
  });
});

describe('organisations: budget programmes named after their number (session 11)', () => {
  const programmes = (text: string) => dataOf(orgs(text), 'organisation').filter((o) => o.type === 'programme').map((o) => o.name);

  it('reads « le programme 352 « X » », « Programme 352 : X » and a table’s programme column', () => {
    expect(programmes('Le programme 352 « Innovation et transformation numériques » porte les crédits de la direction.')).toContain('Innovation et transformation numériques');
    expect(programmes('## Programme 129 : Coordination du travail gouvernemental\n\nLe programme finance les services.')).toContain('Coordination du travail gouvernemental');
    const table = ['| Programme | Responsable | 2025 | 2026 |', '| --- | --- | --- | --- |', '| P218 – Conduite et pilotage des politiques | DAF | 12,5 | 13,1 |', '| 161 – Sécurité civile | DGSCGC | 4,2 | 4,4 |'].join('\n');
    expect(programmes(table)).toEqual(['Conduite et pilotage des politiques', 'Sécurité civile']);
    // (A number in prose that is no programme: nothing.)
    expect(programmes('Le service compte 418 agents répartis en trois pôles.')).toEqual([]);
  });
});

describe('organisations: the text an amending act quotes (session 11)', () => {
  it('reads « « – le bureau X ; » » lines as the items of the list they quote, a centre among them', () => {
    const text = [
      "L'article 2 du même arrêté est remplacé par les dispositions suivantes :",
      '',
      "« Art. 2. – La sous-direction des réseaux et de l'exploitation comprend :",
      '',
      '« – le bureau des réseaux et des télécommunications ;',
      '',
      '« – le bureau de la production ;',
      '',
      '« – le centre de services de Brest, qui assure l’assistance. »',
    ].join('\n');
    expect(parents(text)).toEqual([
      "bureau des réseaux et des télécommunications < sous-direction des réseaux et de l'exploitation",
      "bureau de la production < sous-direction des réseaux et de l'exploitation",
      "centre de services de Brest < sous-direction des réseaux et de l'exploitation",
    ]);
  });
});

describe('organisations: units counted « outre » others, « l’agence comptable » (session 11)', () => {
  it('reads « elle comprend, outre le secrétariat général et l’agence comptable, trois départements : »', () => {
    const text = [
      "L'agence des cartes publiques (ACP) est un établissement public. Depuis 2023, elle comprend, outre le secrétariat général et l'agence comptable, deux départements :",
      '',
      '- le département des levés ;',
      "- le département de l'édition.",
      '',
      "L'Agence comptable tient les comptes. La direction générale de l'agence prépare le budget.",
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['secrétariat général < ACP', 'département des levés < ACP', "département de l'édition < ACP", 'direction générale < ACP']));
    expect(parents(text)).not.toContain('direction générale < Agence comptable');
  });
});

describe('organisations: « qui comprend … , chargé de », « Au sein du X : », « Son bureau … », « dont relève » (session 11)', () => {
  it('reads the units of a relative clause closed by a participle', () => {
    const text = "- la sous-direction des plateformes (SDP), qui comprend le bureau de l'hébergement, le bureau des identités et l'incubateur « Atelier », chargé de concevoir les services ;";
    expect(parents(text)).toEqual(['bureau de l\'hébergement < SDP', 'bureau des identités < SDP', 'incubateur Atelier < SDP']);
  });

  it('reads the list after « Au sein du X : », a possessive unit and « dont relève »', () => {
    const text = [
      'Le service du numérique (SNum) pilote le réseau.',
      '',
      'Au sein du SNum :',
      '',
      "- le département de l'animation territoriale (DANT) pilote le réseau. Son bureau du réseau et de la proximité (BRP) en assure l'animation ;",
      '- le département des infrastructures (DIP), dont relève le centre de services de Metz (CSM), traite les incidents.',
    ].join('\n');
    expect(parents(text)).toEqual(
      expect.arrayContaining(["département de l'animation territoriale < SNum", 'bureau du réseau et de la proximité < DANT', 'département des infrastructures < SNum', 'centre de services de Metz < DIP']),
    );
  });
});

describe('organisations: « ainsi que le centre … », « auxquelles s’ajoute la mission X : » (session 11)', () => {
  it('reads a centre added with « ainsi que » to a sous-direction’s bureaux, and a mission added to the counted units', () => {
    const text = [
      "La direction du numérique (DNUM) comprend deux sous-directions, auxquelles s'ajoute la mission de la sécurité numérique :",
      '',
      "- **la sous-direction de l'exploitation (SDE)**, qui comprend le bureau des réseaux, le bureau du cloud, ainsi que le centre de services de Brest (CSB) ;",
      '- **la sous-direction des projets (SDP)**, qui comprend le bureau des applications et le bureau des données ;',
      '- **la mission de la sécurité numérique (MSN)**, directement rattachée au directeur.',
    ].join('\n');
    expect(parents(text)).toEqual(
      expect.arrayContaining(['bureau des réseaux < SDE', 'bureau du cloud < SDE', 'centre de services de Brest < SDE', 'mission de la sécurité numérique < DNUM', "sous-direction de l'exploitation < DNUM"]),
    );
  });
});

describe('organisations: title-case names that go on (session 11)', () => {
  it('reads « le pôle Grands projets », « l’incubateur Atelier 21, … » whole, and still stops before a verb', () => {
    const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name);
    expect(names('Le département comprend le pôle Grands projets et le pôle Achats.')).toContain('pôle Grands projets');
    expect(names('En 2015, la direction crée l’incubateur Atelier 21, chargé de développer des services.')).toContain('incubateur Atelier 21');
    expect(names('Le pôle Données traite les demandes.')).toContain('pôle Données');
  });
});

describe('organisations: a name ends before « un » and before « de » + an infinitive (session 11)', () => {
  it('reads « dans chaque direction régionale un référent » and « à chaque ministère de disposer d’un réseau » without the phrases that follow', () => {
    const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name);
    expect(names('La circulaire demande à chaque ministère de disposer d’un réseau territorial.')).not.toContain("ministère de disposer d'un réseau territorial");
    expect(names('L’instruction désigne dans chaque direction régionale un référent du numérique.').some((n) => /référent/.test(n ?? ''))).toBe(false);
    expect(names('Il est créé une Agence des données publiques et une délégation à la donnée.')).toEqual(expect.arrayContaining(['Agence des données publiques']));
  });
});

describe('organisations: a table’s header row labels columns (session 11)', () => {
  it('reads no body in « | Région | Référent | Service de rattachement | », and keeps an infobox’s name', () => {
    const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name);
    expect(names('| Région | Référent | Service de rattachement |\n|---|---|---|\n| Bretagne | Anne Roux | service régional du numérique (SRN) |')).not.toContain('Service de rattachement');
    expect(names('| Agence des cartes publiques | |\n|---|---|\n| Création | 2019 |')).toContain('Agence des cartes publiques');
  });
});

describe('organisations: review fixes of session 11', () => {
  it('reads « programme 129 : X » only up to the comma', () => {
    const programmes = dataOf(orgs('Les crédits du programme 129 : Coordination du travail gouvernemental, en hausse de 4 %, financent la direction.'), 'organisation').filter((o) => o.type === 'programme');
    expect(programmes.map((o) => o.name)).not.toContain('Coordination du travail gouvernemental, en hausse de 4 %, financent la direction');
  });
});

describe('organisations: what an agreement, a meeting record and a website footer are not (session 12)', () => {
  const found = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name ?? o.acronym);

  it('reads no body in « **ENTRE** … **ET** … » (words in capitals), a numbered document or meeting, a standard or « Plan du site »', () => {
    const text = [
      '# CONVENTION DE SERVICE N° OFN-2026-012',
      '',
      '**ENTRE**',
      '',
      "L'Office des fichiers numériques (OFN), représenté par son directeur,",
      '',
      '**ET**',
      '',
      'le ministère des Routes.',
      '',
      'COMITÉ DE PILOTAGE N° 3',
      '',
      'Les démarches seront conformes au RGAA. Le relevé du COPIL n° 2 est validé.',
      '',
      '<footer><ul><li><a href="/plan-du-site">Plan du site</a></li></ul></footer>',
    ].join('\n');
    expect(found(text)).toEqual(['Office des fichiers numériques', 'ministère des Routes']);
    // (Defined by the text, « ET » is an acronym: « Comité des usagers (ET) ».)
    expect(found('Le Comité des usagers (ET) se réunit. ET publie un avis.')).toContain('Comité des usagers');
  });
});

describe('organisations: an attachment after a creation, a ministry’s own secretariat (session 12)', () => {
  it('reads « X (ACR), créée par le décret … et rattachée au Y », and « le secrétariat général du ministère » of the page’s one ministry', () => {
    const text = [
      '# Feuille de route du ministère des Routes',
      '',
      'Le pilotage est assuré par la direction des cartes (DCA), créée par le décret n° 2030-118 du 2 mars 2030 et rattachée au secrétariat général du ministère.',
    ].join('\n');
    expect(parents(text).sort()).toEqual(['direction des cartes < secrétariat général', 'secrétariat général < ministère des Routes']);
    // (Two ministries named: « du ministère » says not which.)
    expect(parents('Le ministère des Routes et le ministère des Ponts coopèrent. Le secrétariat général du ministère signe.')).toEqual([]);
  });
});

describe('organisations: a status and an attachment opening the sentence (session 12)', () => {
  it('reads « Établissement public administratif placé sous la tutelle du ministère X, l’agence … » (the last agency), not a pronoun after a status', () => {
    const text = ['# Agence des cartes (ADC)', '', "Établissement public administratif placé sous la tutelle du ministère des Routes, l'agence compte 64 agents."].join('\n');
    expect(parents(text)).toEqual(['Agence des cartes < ministère des Routes']);
    // (« Service à compétence nationale rattaché à la DRO, il … »: what « il » continues may be no body.)
    expect(parents("L'Office des ponts (OPO) publie les plans. Le réseau Fil est créé. Service à compétence nationale rattaché à la direction des routes (DRO), il remplace les réseaux.")).toEqual([]);
  });
});

describe('organisations: a count after a fronted phrase, units in HTML cards (session 12)', () => {
  it('takes « elle » for the body it continues (« Autour de la direction générale, elle est organisée en trois pôles : »), and the cards’ titles for the units', () => {
    const text = [
      '<h1>Agence des cartes (ADC)</h1>',
      "<p>L'Agence des cartes (ADC) publie les plans. Autour de la direction générale, elle est organisée en deux pôles :</p>",
      '<div class="grid">',
      '  <div class="card"><h3>Pôle Relevés</h3><p>Mesure le terrain.</p></div>',
      '  <div class="card"><h3>Pôle Éditions</h3><p>Publie les cartes.</p></div>',
      '</div>',
    ].join('\n');
    expect([...new Set(parents(text))]).toEqual(['Pôle Relevés < ADC', 'Pôle Éditions < ADC']);
  });
});

describe('organisations: a masthead at the top of the text (session 12)', () => {
  it('chains its bodies (« MINISTÈRE X ⏎ Direction générale Y ⏎ Mission Z »), not a glossary of bodies further down', () => {
    const text = ['MINISTÈRE DES PONTS ET DES ROUTES', 'Direction générale des ouvrages', 'Bureau des usages numériques (BUN)', '', 'RELEVÉ DE DÉCISIONS', '', 'La séance est ouverte.'].join('\n');
    expect(parents(text)).toEqual(['Direction générale des ouvrages < MINISTÈRE DES PONTS ET DES ROUTES', 'Bureau des usages numériques < Direction générale des ouvrages']);
    const glossary = ['# Journée du réseau', '', 'Programme de la journée.', '', 'Accueil à 9 h.', '', 'Déjeuner à midi.', '', '### Sigles', '', 'DOU : Direction des ouvrages  ', 'SMA : Service de la maintenance  '].join('\n');
    expect(parents(glossary)).toEqual([]);
  });
});

describe('organisations: a pronoun after a topic (session 12 review)', () => {
  it('keeps « Quant à la direction X (DX), elle est organisée en … » for X, the topic the phrase names', () => {
    const text = 'La direction du numérique (DNUM) lui est rattachée. Quant à la direction des affaires juridiques (DAJ), elle est organisée en deux sous-directions : la sous-direction du droit (SDD) et la sous-direction des contrats (SDC).';
    expect(parents(text).filter((p) => p.startsWith('sous-direction'))).toEqual(['sous-direction du droit < DAJ', 'sous-direction des contrats < DAJ']);
  });
});

const names = (text: string) => dataOf(orgs(text), 'organisation').map((o) => o.name);

describe('organisations: a verb form after « de » or an article is a noun of the name (session 13)', () => {
  it('reads « Direction des systèmes d’alerte et de communication », « Bureau de veille et d’offre numérique » whole; a verb after the name still ends it', () => {
    expect(names("La Direction des systèmes d'alerte et de communication pilote le projet.")).toContain("Direction des systèmes d'alerte et de communication");
    expect(names("Le Bureau de veille et d'offre numérique publie une note.")).toContain("Bureau de veille et d'offre numérique");
    expect(names('La Direction des ports alerte le ministre.')).toContain('Direction des ports');
  });
});

describe('organisations: an account handle in a definition (a social-media post, session 13)', () => {
  it('reads « ADN (Agence des données numériques, @ADN_gouv) » without the handle', () => {
    expect(pairs("Connexion opérée par l'ADN (Agence des données numériques, @ADN_gouv).")).toEqual(['Agence des données numériques = ADN']);
  });
});

describe('organisations: type words without their accents (an OCR, an ASCII export, session 13)', () => {
  it('reads « la delegation interministerielle aux reseaux (DIR) » and « le secretariat general (SG) » as bodies', () => {
    expect(pairs('Le decret a cree la delegation interministerielle aux reseaux (DIR), placee aupres du Premier ministre.')).toEqual(['delegation interministerielle aux reseaux = DIR']);
    expect(dataOf(orgs('Le secretariat general du ministere (SGM) coordonne.'), 'organisation').map((o) => o.type)).toContain('secrétariat');
  });
});

describe('organisations: section labels in capitals (session 13)', () => {
  it('reads no body in « OBJET », « SORT », « CABINET » alone on their lines', () => {
    const text = 'PREMIER MINISTRE\nCABINET\n\nAMENDEMENT n° II-12\n\nOBJET\n\nLe présent amendement abonde le programme de la direction du numérique (DNUM).\n\nSORT : adopté';
    expect(dataOf(orgs(text), 'organisation').map((o) => o.acronym ?? o.name)).toEqual(['DNUM']);
  });
});

describe('organisations: a commissariat (session 13)', () => {
  it('reads « commissariat général aux territoires durables (CGTD) » as a body', () => {
    expect(pairs('Le chef du service au commissariat général aux territoires durables (CGTD), ou son représentant.')).toEqual(['commissariat général aux territoires durables = CGTD']);
  });
});

describe('organisations: a list quoted in an e-mail reply (session 13)', () => {
  it('reads « > - le département X (DX) … » items under their body as the units it lists', () => {
    const text = [
      '> La direction des ports (DIPO) comprend désormais deux départements :',
      '> - le département « Applications portuaires » (DAPO), confié à Jean Martin ;',
      '> - le département « Infrastructures » (DINF), issu de la fusion de deux bureaux.',
    ].join('\n');
    expect(parents(text)).toEqual(['département Applications portuaires < DIPO', 'département Infrastructures < DIPO']);
  });
});

describe('organisations: a count after a pronoun subject (session 13)', () => {
  it('« Il compte … entre Paris et le centre de services de Lyon, et comprend trois bureaux : » lists the units of the body the pronoun stands for', () => {
    const text = [
      'Le service des applications (SAP) conduit la politique numérique du ministère. Il compte 120 agents répartis entre Paris et le centre de services de Lyon, et comprend trois bureaux :',
      '- le bureau des études (BE) ;',
      '- le bureau de la production (BP) ;',
      '- le bureau des achats (BA).',
    ].join('\n');
    expect(parents(text)).toEqual(['bureau des études < SAP', 'bureau de la production < SAP', 'bureau des achats < SAP']);
  });
});

describe('organisations: an act that divides a body named as its object (session 13)', () => {
  it('« L’arrêté … structure la direction en trois départements : » lists the units of that direction', () => {
    const text = [
      'La direction des réseaux de l’État (DRE) a été créée en 2019.',
      'L’arrêté du 7 juin 2021 portant organisation de la direction des réseaux de l’État structure la direction en deux départements :',
      '- le département « Hébergement » (DH) ;',
      '- le département « Services » (DS).',
    ].join('\n');
    expect(parents(text)).toEqual(expect.arrayContaining(['département Hébergement < DRE', 'département Services < DRE']));
  });
});
