/**
 * Shapes of text first met in session 15 (each case failed on the rules before it): written for this file, never
 * copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText, isEnglish } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session15'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.acronym ?? h.parent.name}`);
const orgNames = (text: string) => dataOf(facts(text), 'organisation').map((o) => o.name ?? o.acronym);

describe('paragraphs an amending act quotes, each opened by a guillemet', () => {
  it('reads the unit named after the opening guillemet as the subject of « comprend : »', () => {
    const text = [
      "3° Le deuxième alinéa est remplacé par un alinéa ainsi rédigé :",
      '',
      '« La sous-direction des systèmes et des services hébergés comprend :',
      '',
      '« - le bureau des réseaux locaux (BRL) ;',
      '',
      "« - le centre d'exploitation de Metz. »",
    ].join('\n');
    expect(orgNames(text)).toContain('sous-direction des systèmes et des services hébergés');
    expect(hierarchy(text)).toEqual(['bureau des réseaux locaux < sous-direction des systèmes et des services hébergés', "centre d'exploitation de Metz < sous-direction des systèmes et des services hébergés"]);
  });

  it('reads « « La sous-direction comprend : » as the sous-direction the quoted article is about, not the last body named', () => {
    const text = [
      "« Art. 6-2. - La sous-direction de l'archivage numérique est chargée de la conservation des données des services.",
      '',
      "« Elle assure le secrétariat du comité de l'archivage, présidé par le chef du service des affaires générales.",
      '',
      '« La sous-direction comprend :',
      '',
      '« - le bureau de la collecte (BCO) ;',
      '',
      '« - le bureau de la conservation (BCV). »',
    ].join('\n');
    expect(hierarchy(text)).toEqual(["bureau de la collecte < sous-direction de l'archivage numérique", "bureau de la conservation < sous-direction de l'archivage numérique"]);
    // With no sous-direction named before, the list is nobody's rather than the last body's.
    expect(hierarchy(text.replace(/^.*\n\n/, ''))).toEqual([]);
  });
});

describe('how often a committee meets', () => {
  const committees = (text: string) => dataOf(facts(text), 'committee').map((c) => `${c.name} (${c.frequency})`);
  it('reads « tous les quatre mois », « chaque mardi », « toutes les deux semaines »', () => {
    expect(committees("Le comité de pilotage du programme Sillage, qui se réunit tous les quatre mois, arbitre le calendrier.")).toEqual(['comité de pilotage du programme Sillage (tous les quatre mois)']);
    expect(committees("Le comité de suivi des usages, qui se réunit chaque mardi, examine les incidents.")).toEqual(['comité de suivi des usages (chaque mardi)']);
    expect(committees("La commission technique des référentiels, qui se réunit toutes les deux semaines, valide les schémas.")).toEqual(['commission technique des référentiels (toutes les deux semaines)']);
  });
});

describe('titles set in capitals', () => {
  it('reads no article « DES » of a title as an acronym, even one another text defines', () => {
    const text = "RELEVÉ DES DÉLIBÉRATIONS\n\nLe conseil d'administration de l'Agence des téléservices (ADT) a adopté le budget.";
    const { facts: found } = extractDocument(doc(text, 'session15'), new Set(['DES']));
    expect(dataOf(found, 'organisation').map((o) => o.acronym ?? o.name)).not.toContain('DES');
  });

  it('reads no section label (« ÉDITO », « SOMMAIRE », « CHANGELOG ») as a body', () => {
    const text = "ÉDITO\n\nLa direction des usages numériques (DUN) publie sa lettre.\n\nSOMMAIRE\n\n1. Actualités";
    expect(orgNames(text)).toEqual(['direction des usages numériques']);
  });

  it('reads a body in capitals that opens its line (a letterhead), not one inside a headline', () => {
    expect(orgNames('MINISTÈRE DES PORTS ET DES CANAUX\n\nLe présent cahier fixe les clauses techniques.')).toEqual(['MINISTÈRE DES PORTS ET DES CANAUX']);
    expect(orgNames("3. GUICHET : L'AGENCE DES RÉSEAUX OUVRE SON SERVICE EN LIGNE\n\nLe guichet est ouvert depuis lundi.")).toEqual([]);
  });
});

describe('a name ends before a locution with « à » / « au »', () => {
  it('stops at « au niveau de », « à l\'adresse », « au titre de », « au T2 »', () => {
    expect(orgNames("Il recommande de porter l'agence au niveau de sécurité requis.")).toEqual([]);
    expect(orgNames("L'association Cités Numériques au titre de l'article 3 a saisi le juge.")).toEqual(['association Cités Numériques']);
    expect(orgNames("Le rapport sera remis au ministère au T2 2026.")).toEqual([]);
  });
});

describe('units a section announces', () => {
  it('reads a centre listed under « Services rattachés » as a unit of the page\'s body', () => {
    const text = [
      '# Direction des services numériques partagés (DSNP)',
      '',
      '## Services rattachés',
      '',
      '- Sous-direction des usages (SDU)',
      '- Centre de services informatiques de Besançon (CSIB)',
    ].join('\n');
    expect(hierarchy(text)).toEqual(['Sous-direction des usages < DSNP', 'Centre de services informatiques de Besançon < DSNP']);
  });
});

describe('a name ends before a verb in the future', () => {
  it('stops at « suivra », « prendra », « permettra »', () => {
    expect(orgNames("Le comité stratégique des usages suivra chaque semestre l'avancement du plan.")).toEqual(['comité stratégique des usages']);
    expect(orgNames("L'Agence des réseaux territoriaux prendra en charge l'hébergement.")).toEqual(['Agence des réseaux territoriaux']);
  });
});

describe('an agenda exported as iCalendar (RFC 5545)', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DNT//Agenda//FR',
    'X-WR-CALNAME:Agenda de la délégation au numérique des territoires',
    'BEGIN:VEVENT',
    'UID:20260112-ouverture@numerique-territoires.gouv.fr',
    'DTSTAMP:20251201T080000Z',
    'DTSTART;VALUE=DATE:20260112',
    'DTEND;VALUE=DATE:20260113',
    'SUMMARY:Lancement de la plateforme « Relais Communes »',
    'DESCRIPTION:La délégation au numérique des territoires (DNT) ouvre la pla',
    ' teforme aux 1 200 communes pilotes\\, avec un budget de 3\\,5 millions d',
    " 'euros.\\nInscriptions : https://www.numerique-territoires.gouv.fr/relais-",
    ' communes',
    'ORGANIZER;CN=Délégation au numérique des territoires:mailto:agenda@numeriq',
    ' ue-territoires.gouv.fr',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:20260210-forum@numerique-territoires.gouv.fr',
    'DTSTART;VALUE=DATE:20260210',
    'DTEND;VALUE=DATE:20260212',
    'SUMMARY:Forum des référents numériques 2026',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:20260305-copil@numerique-territoires.gouv.fr',
    'DTSTART:20260305T233000Z',
    'SUMMARY:Comité de pilotage du programme Relais',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('unfolds its lines and reads its escapes in a clean copy of the same length', () => {
    const clean = cleanText(ics);
    expect(clean.length).toBe(ics.length);
    expect(clean).toContain("aux 1 200 communes pilotes, avec un budget de 3,5 millions d'euros.");
    expect(clean).not.toContain('UID');
  });

  it('reads its addresses and links unfolded, not the events\' identifiers', () => {
    const found = facts(ics);
    expect(dataOf(found, 'contact').map((c) => c.email)).toEqual(['agenda@numerique-territoires.gouv.fr']);
    expect(dataOf(found, 'link').map((l) => l.url)).toEqual(['https://www.numerique-territoires.gouv.fr/relais-communes']);
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(expect.arrayContaining(['1200 communes']));
  });

  it('dates each event by its DTSTART, a period for an all-day event over several days, a day in France for an instant in UTC', () => {
    const events = dataOf(facts(ics), 'event').map((e) => `${e.date.value} ${e.type}`);
    expect(events).toContain('2026-01-12 launch');
    expect(events).toContain('2026-02-10/2026-02-11 other');
    expect(events).toContain('2026-03-06 other');
  });
});

describe('a table with a column of units', () => {
  it('reads each row\'s numbers in the unit its « Unité » cell states', () => {
    const text = [
      'Indicateur 2.1 – Délai de traitement des demandes',
      '',
      '| | Unité | 2023 Réalisation | 2024 Réalisation | 2026 Cible |',
      '|---|---|---|---|---|',
      '| Délai moyen de réponse | jours | 18,5 | 16 | 12 |',
      '| Part des demandes traitées en ligne | % | 64 | 71,5 | n.d. |',
    ].join('\n');
    expect(dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['18.5 jours', '16 jours', '12 jours', '64 %', '71.5 %']);
  });
});

describe('a bilingual page', () => {
  it('reads the figures and events of its French half, not the English restatement', () => {
    const text = [
      "Le programme RELAIS a été lancé le 3 février 2025 ; il finance 85 guichets pour 4,2 millions d'euros.",
      '',
      'The RELAIS programme was launched on 3 February 2025; it funds 85 service points for 4.2 million euros.',
    ].join('\n');
    const found = facts(text);
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['85 guichets', '4200000 euros']);
    expect(dataOf(found, 'event').map((e) => `${e.date.value} ${e.type}`)).toEqual(['2025-02-03 launch']);
  });

  it('keeps a French sentence that holds « on », « an » or a table row in both languages', () => {
    expect(isEnglish("L'an dernier on a réalisé cent dix-huit audits complets.")).toBe(false);
    expect(isEnglish('| Premier semestre 2026 / First half of 2026 | Extension aux 120 communes | Extension to the 120 municipalities |')).toBe(false);
    expect(isEnglish('It is coordinated by the Agence nationale des services numériques (ANSN), a public body.')).toBe(true);
  });
});

describe('where a name ends, more', () => {
  it('ends it before a participle of what happened (« lancé », « créée »), not before an adjective in -ante', () => {
    expect(orgNames('Le programme Horizon lancé en 2021 a réduit les coûts.')).toEqual(['programme Horizon']);
    expect(orgNames('Ministère : ministère de la Recherche et de la Vie étudiante')).toEqual(['ministère de la Recherche et de la Vie étudiante']);
  });

  it('ends it before « de » and an infinitive with its object (« à chaque ministère de justifier tout … »)', () => {
    expect(orgNames('La circulaire impose à chaque ministère de justifier tout nouveau contrat.')).toEqual([]);
  });

  it('reads no section label « TRIBUNE » as an acronym', () => {
    expect(orgNames("TRIBUNE\n\nLa direction des achats de l'État (DAE) publie son bilan.")).toEqual(["direction des achats de l'État"]);
  });
});

describe('project sheets (« Intitulé : » then « Porteur : », « Budget : »)', () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => `${p.name} (${p.operator?.acronym ?? p.operator?.name ?? '—'})`);
  it('reads the project\'s name, operated by the body its « Porteur » line names', () => {
    const text = [
      '-----------------------------------------',
      'FICHE 3/7',
      'Intitulé : BOUSSOLE – orientation des usagers vers les aides au logement',
      'Porteur : bureau des téléservices (BTS) de la direction de l\'habitat',
      'Budget : 2,8 M€',
      'Statut : En cours',
    ].join('\n');
    expect(products(text)).toEqual(['BOUSSOLE (BTS)']);
  });

  it('reads no name from a line « Projet : » that no other field of a sheet follows', () => {
    expect(products('Projet : Refonte du site\n\nLe site sera refondu en 2026.')).toEqual([]);
  });
});

describe("a record's labelled fields", () => {
  it('reads « Direction : » under « Ministère : » as its unit, within the record', () => {
    const text = [
      'Intitulé : CAP – portail des aides',
      'Ministère : ministère des Solidarités et de la Famille',
      'Direction : direction générale de la cohésion familiale (DGCF)',
      'Sous-direction : sous-direction des prestations (SDP)',
      '',
      'Ministère : ministère de la Culture et des Arts',
    ].join('\n');
    expect(hierarchy(text)).toEqual(['direction générale de la cohésion familiale < ministère des Solidarités et de la Famille', 'sous-direction des prestations < DGCF']);
  });
});

describe('a body counted by its members', () => {
  it('ends its name before « de douze membres »', () => {
    expect(orgNames('La commission nationale des référentiels de douze membres se réunit chaque mois.')).toEqual(['commission nationale des référentiels']);
  });
});

describe('how often a committee meets, said by an adjective', () => {
  it('reads « comité de pilotage trimestriel présidé par … » as the comité de pilotage, quarterly', () => {
    const committees = dataOf(facts('Gouvernance : comité de pilotage trimestriel présidé par la directrice des usages, associant les caisses locales.'), 'committee');
    expect(committees.map((c) => `${c.name} (${c.frequency})`)).toEqual(['comité de pilotage (trimestriel)']);
  });
});

describe('« arrêter » and « réunir » that neither stop nor merge', () => {
  const evs = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it('reads « le comité a arrêté le 2 octobre une règle » as no suppression, « l\'outil X, arrêté le 30 juin » as one', () => {
    expect(evs('Le comité des achats, qui réunit chaque mois les directeurs du numérique, a arrêté le 2 octobre 2026 une règle commune.')).not.toContainEqual(expect.stringMatching(/suppression|merger/));
    expect(evs("L'outil Sextant, arrêté le 30 juin 2025, est remplacé par Boussole.")).toContain('2025-06-30 suppression');
  });

  it('reads « réunit les représentants … » as a body\'s members, « réunit la DXA et la DXB » as a merger', () => {
    expect(evs('Le conseil interministériel des achats numériques (CIAN), créé par la circulaire du 3 mars 2023, réunit chaque trimestre les directeurs du numérique.')).not.toContain('2023-03-03 merger');
    expect(evs('Le décret du 3 mars 2024 réunit la direction des achats et la direction des marchés.')).toContain('2024-03-03 merger');
  });
});

describe("a procedure's steps", () => {
  const evs = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it('reads a filing registered, a body seized and an opinion given on a date as events', () => {
    expect(evs("Par une requête enregistrée le 3 février 2025 au secrétariat du contentieux, l'association Données Libres demande l'annulation du décret.")).toContain('2025-02-03 other');
    expect(evs("L'Autorité de protection des données (APD) a été saisie du projet le 2 octobre 2024 et a rendu son avis le 7 novembre 2024.")).toEqual(['2024-10-02 other', '2024-11-07 other']);
  });
});

describe('an agenda as an HTML table without header', () => {
  it('dates what each row says by the date alone in its first cell, typed by its first clause', () => {
    const text = [
      '<table>',
      '<tr><td><b>12 mars 2026</b></td><td>Webinaire « Accessibilité des démarches », 10 h – 11 h</td></tr>',
      '<tr><td><b>2 avril 2026</b></td><td>Lancement du guichet « Relais », piloté par la délégation, institué par décret</td></tr>',
      '</table>',
    ].join('\n');
    expect(dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`)).toEqual(['2026-03-12 other', '2026-04-02 launch']);
  });
});

describe('a YAML data file (a static site\'s _data)', () => {
  const yml = [
    '# _data/equipe.yml',
    'organisation:',
    '  nom: "Délégation aux usages numériques"',
    '  sigle: DUN',
    '  rattachement:',
    '    nom: "secrétariat général des ministères sociaux"',
    '    sigle: SGMS',
    '  creation: 2020-05-04',
    'direction:',
    '  - nom: "Hélène Varennes"',
    '    role: "déléguée"',
    '    debut: 2023-02-01',
    'unites:',
    '  - nom: "pôle Accompagnement des agents"',
    '    sigle: PAA',
    '    parent: DUN',
    '    creation: 2021-09-01',
    'produits:',
    '  - nom: "Relais Agents"',
    '    lancement: 2022-06',
    '    equipe: PAA',
    'chiffres_cles:',
    '  - chiffre: "74"',
    '    libelle: "agents au 1er janvier 2026"',
    'gouvernance:',
    '  - instance: "comité des usagers"',
    '    frequence: trimestrielle',
    '    participants: [DUN, PAA]',
  ].join('\n');

  it('reads bodies with their acronyms and parents, their creation, people and their start, products, figures, committees', () => {
    const found = facts(yml);
    expect(dataOf(found, 'organisation').filter((o) => o.acronym).map((o) => `${o.name} (${o.acronym})`)).toEqual(
      expect.arrayContaining(['Délégation aux usages numériques (DUN)', 'secrétariat général des ministères sociaux (SGMS)', 'pôle Accompagnement des agents (PAA)']),
    );
    expect(hierarchy(yml)).toEqual(expect.arrayContaining(['Délégation aux usages numériques < SGMS', 'pôle Accompagnement des agents < DUN']));
    expect(dataOf(found, 'event').map((e) => `${e.date.value} ${e.type}`)).toEqual(['2020-05-04 creation', '2023-02-01 appointment', '2021-09-01 creation', '2022-06 launch']);
    expect(dataOf(found, 'person').filter((p) => p.role).map((p) => `${p.name}, ${p.role}`)).toEqual(['Hélène Varennes, déléguée']);
    expect(dataOf(found, 'product').map((p) => `${p.name} (${p.operator?.acronym})`)).toEqual(['Relais Agents (PAA)']);
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toContain('74 agents');
    expect(dataOf(found, 'committee').map((c) => `${c.name} (${c.frequency}; ${c.participants.join(', ')})`)).toEqual(['comité des usagers (trimestrielle; DUN, PAA)']);
  });

  it('reads no record in prose with « Label : value » lines', () => {
    expect(dataOf(facts('Nom : Relais\nSigle : RLS\n\nLe service Relais est ouvert.'), 'event')).toEqual([]);
  });
});

describe('a name in bold, then an apposition opening with a product word', () => {
  it('reads « - **Xyz**, guichet numérique exploité par l\'agence X » as a product operated by X', () => {
    const text = [
      'Le programme livrera :',
      '',
      "- **Portail Aidants**, guichet numérique unique exploité par l'Agence des services aux aidants (ASA) ;",
      '- **Pont-Dossiers**, connecteur développé par le CNED pour échanger les pièces.',
      "- **Mme Claire Dubois**, cheffe de projet.",
    ].join('\n');
    expect(dataOf(facts(text), 'product').map((p) => `${p.name} (${p.operator?.acronym ?? p.operator?.name ?? '—'})`)).toEqual(['Portail Aidants (ASA)', 'Pont-Dossiers (CNED)']);
  });
});

describe('review of session 15', () => {
  const evs = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);

  it('reads a page that shows an event\'s source in prose as prose, not as an iCalendar file', () => {
    const text = [
      'La direction du numérique (DNUM) publie son agenda au format iCalendar, par exemple :',
      '',
      'BEGIN:VEVENT',
      '',
      'La direction du numérique comprend :',
      '- la sous-direction des infrastructures (SDI), qui comprend :',
      '  - le bureau des réseaux (BR) ;',
      '',
      'DNUM: contact à dnum@interieur.gouv.fr. Le service a été créé le 3 mars 2021.',
    ].join('\n');
    expect(hierarchy(text)).toContain('bureau des réseaux < SDI');
    expect(dataOf(facts(text), 'contact').map((c) => c.email)).toEqual(['dnum@interieur.gouv.fr']);
  });

  it('quotes a fact that starts right after a fold from its first character, and an event by its title', () => {
    const ics = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250314\nSUMMARY:Lancement de la \n plateforme Relais\nDESCRIPTION:Écrire à \n contact@dae.gouv.fr\nEND:VEVENT\nEND:VCALENDAR\n';
    const found = facts(ics);
    expect(found.find((f) => f.data.kind === 'contact')?.quote).toBe('contact@dae.gouv.fr');
    expect(found.find((f) => f.data.kind === 'event')?.quote).toBe('Lancement de la \n plateforme Relais');
  });

  it('reads quoted parameters (« TZID="(UTC+01:00) Paris" », « CN="Direction: achats" »)', () => {
    const ics = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID="(UTC+01:00) Bruxelles, Paris":20250314T090000\nSUMMARY:Webinaire sur les achats\nORGANIZER;CN="Direction: achats";ROLE=CHAIR:mailto:achats@dae.gouv.fr\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(evs(ics)).toEqual(['2025-03-14 other']);
    expect(cleanText(ics)).not.toContain('ROLE');
  });

  it('keeps bodies in capitals after a dash or a complement, names holding a capitalised number or a participle', () => {
    expect(orgNames("MINISTÈRE DE L'ÉCONOMIE - DIRECTION GÉNÉRALE DU TRÉSOR")).toEqual(["MINISTÈRE DE L'ÉCONOMIE", 'DIRECTION GÉNÉRALE DU TRÉSOR']);
    expect(orgNames('RAPPORT PUBLIC ANNUEL DE LA COUR DES COMPTES')).toEqual(['COUR DES COMPTES']);
    expect(orgNames('La communauté de communes des Trois Rivières a signé la convention.')).toEqual(['communauté de communes des Trois Rivières']);
    expect(orgNames('Le programme Territoires engagés pour la nature accompagne les communes.')).toEqual(['programme Territoires engagés pour la nature']);
    const text = "Le Conseil d'État (CE) a rendu son avis.\n\nAVIS DU CE SUR LE PROJET DE LOI";
    expect(dataOf(facts(text), 'organisation').filter((o) => o.acronym === 'CE')).toHaveLength(2);
  });

  it('reads no frequency in an adjective of a committee\'s complement', () => {
    const committees = dataOf(facts('Le comité de suivi du rapport annuel, présidé par le secrétaire général, valide le document.'), 'committee');
    expect(committees.map((c) => `${c.name} (${c.frequency})`)).toEqual(['comité de suivi du rapport annuel (null)']);
  });

  it('reads no agenda in a table of figures or people by date', () => {
    const text = '<table>\n<tr><td>31 décembre 2023</td><td>1 180 agents</td></tr>\n<tr><td>31 décembre 2024</td><td>1 250 agents</td></tr>\n<tr><td>3 mars 2025</td><td>Mme Claire Martin</td></tr>\n</table>';
    expect(evs(text)).toEqual([]);
  });

  it('reads no unit of measure in a column « Unité » of organisational units', () => {
    const text = '| Direction | Unité | ETP 2024 |\n|---|---|---|\n| DGFiP | Service des achats | 45 |';
    expect(dataOf(facts(text), 'figure').map((f) => f.unit)).not.toContain('Service des achats');
  });

  it('keeps « réunit tous les services … » a merger and « a arrêté en mars 2024 le développement de … » a suppression', () => {
    expect(evs('Le 1er mars 2025, la nouvelle direction réunit tous les services de la DAE et de la DITP chargés des achats.')).toContain('2025-03-01 merger');
    expect(evs("La DNUM a arrêté en mars 2024 le développement de l'application Relais Pro.")).toContain('2024-03 suppression');
  });

  it('keeps a French line that quotes an English title', () => {
    expect(evs('- 3 juin 2025 : conférence « State of the Art of Open Data ».')).toEqual(['2025-06-03 other']);
  });

  it('reads no project named by a number, no data entry as a procedure, a body « saisie le … » as one', () => {
    expect(dataOf(facts('Projet : 2025-2027\nPorteur : direction du numérique\nBudget : 3 M€'), 'product')).toEqual([]);
    expect(evs('La saisie du formulaire sur le portail sera possible le 3 mars 2025.')).not.toContain('2025-03-03 other');
    expect(evs("L'Autorité de contrôle des données (ACD) a été saisie le 2 octobre 2024 par le ministère.")).toEqual(['2024-10-02 other']);
  });
});

describe("a JSON export (a directory's API)", () => {
  it('reads its records as a YAML data file\'s', () => {
    const json = JSON.stringify(
      [
        { nom: 'Direction des services numériques partagés', sigle: 'DSNP', parent: 'SGMS', responsable: { nom: 'Claire Vasseur', fonction: 'directrice' }, date_creation: '2021-04-01' },
        { nom: 'Bureau des applications de gestion', sigle: 'BAG', parent: 'DSNP' },
      ],
      null,
      2,
    );
    expect(hierarchy(json)).toEqual(['Direction des services numériques partagés < SGMS', 'Bureau des applications de gestion < DSNP']);
    expect(dataOf(facts(json), 'person').filter((p) => p.role).map((p) => `${p.name}, ${p.role}, ${p.organisation?.acronym}`)).toEqual(['Claire Vasseur, directrice, DSNP']);
    expect(dataOf(facts(json), 'event').map((e) => `${e.date.value} ${e.type}`)).toEqual(['2021-04-01 creation']);
  });
});

describe('an organisation chart flattened from a PDF', () => {
  const chart = [
    'MINISTÈRE DES TRANSPORTS',
    'Secrétariat général',
    'ORGANIGRAMME',
    'Direction des systèmes numériques (DSN)',
    'Mise à jour : 1er mars 2026',
    '',
    'Mission Qualité',
    'et pilotage',
    'Mme Anne Leroy',
    'MQP',
    'Département Infrastructures',
    'et Réseaux',
    'DIR',
    'Chef de département',
    'M. Paul Martin',
    'Bureau Hébergement',
    'Cloud et Sauvegarde',
    'BHCS',
    '01 40 81 20 20',
    'Centre de services',
    'de Rennes',
    'Mme Julie Caron',
    'CSR',
    'Département Applications',
    'DAP',
    'Bureau Démarches en ligne',
    'M. Luc Perrin',
    'BDL',
  ].join('\n');

  it('reads each box\'s acronym as its unit\'s, the unit named on the lines above it', () => {
    const defined = dataOf(facts(chart), 'organisation').filter((o) => o.name && o.acronym).map((o) => `${o.acronym} ${o.name}`);
    expect(defined).toEqual(expect.arrayContaining(['MQP Mission Qualité et pilotage', 'DIR Département Infrastructures et Réseaux', 'BHCS Bureau Hébergement Cloud et Sauvegarde', 'CSR Centre de services de Rennes', 'BDL Bureau Démarches en ligne']));
  });

  it('places each unit under the nearest unit above it of a higher level', () => {
    expect(hierarchy(chart)).toEqual(
      expect.arrayContaining(['Département Infrastructures et Réseaux < DSN', 'Bureau Hébergement Cloud et Sauvegarde < DIR', 'Centre de services de Rennes < DIR', 'Bureau Démarches en ligne < DAP', 'Mission Qualité et pilotage < DSN']),
    );
    expect(hierarchy(chart)).not.toContain('Bureau Démarches en ligne < CSR');
  });
});

describe('tables of a staff report', () => {
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
  it('reads « Effectif » and « dont femmes » columns in their units whatever the row, and a caption that says what is counted', () => {
    expect(figures('| Statut | Effectif | dont femmes |\n|---|---:|---:|\n| Titulaires | 140 | 52 |')).toEqual(['140 agents', '52 femmes']);
    expect(figures('**Tableau 3 — Effectifs physiques par catégorie**\n\n| Catégorie | 2024 | 2025 |\n|---|---:|---:|\n| A | 64 | 71 |')).toEqual(['64 agents', '71 agents']);
    expect(figures('**Tableau 5 — Jours de formation par domaine**\n\n| Domaine | 2025 |\n|---|---:|\n| Sécurité | 210 |')).toEqual(['210 jours']);
  });
});

describe('who runs a committee is no part of its name', () => {
  it('ends « comité technique animé par la DSN » at its name, and reads « DÉPENSES » as a section label', () => {
    const text = "Gouvernance : un comité technique animé par la direction des systèmes numériques (DSN) se réunit tous les mois.\n\nDÉPENSES\n\nMatériel : 12 000 €";
    expect(dataOf(facts(text), 'committee').map((c) => `${c.name} (${c.frequency})`)).toEqual(['comité technique (tous les mois)']);
    expect(orgNames(text)).not.toContain('DÉPENSES');
  });
});

describe('« parapheur », a product word', () => {
  it('reads « X est le parapheur électronique … » and « l\'ancien parapheur « Y » » as products', () => {
    const text = "Sceau est le parapheur électronique mis à la disposition des agents par l'Agence des outils partagés (AOP). Il remplace l'ancien parapheur « Visa Pro ».";
    expect(dataOf(facts(text), 'product').map((p) => p.name)).toEqual(['Sceau', 'Visa Pro']);
  });
});

describe('a calendar written as labelled lines', () => {
  const evs = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it('reads each « Label : date » line of a calendar as an event typed by its label', () => {
    const text = [
      'ARTICLE 4 – CALENDRIER',
      '',
      'Date limite de réception des questions : 12 mai 2026 à 12 h 00',
      "Réponses de l'acheteur : au plus tard le 19 mai 2026",
      'Auditions des candidats : 2 juin 2026',
      'Démarrage des prestations : septembre 2026',
    ].join('\n');
    expect(evs(text)).toEqual(['2026-05-12 other', '2026-05-19 other', '2026-06-02 other', '2026-09 start']);
  });

  it("reads no document's own dates (« Question publiée le : … ») and no label met once in prose", () => {
    expect(evs('Question publiée le : 11/03/2025\nRéponse publiée le : 27/05/2025')).toEqual([]);
    expect(evs('Objet : 3 mars 2026')).toEqual([]);
  });

  it('ends a body\'s name before « mise en place », « composée de »', () => {
    expect(orgNames("L'Agence des démarches en ligne mise en place en 2021 publie son bilan.")).toEqual(['Agence des démarches en ligne']);
    expect(orgNames('Une commission technique composée de trois agents examine les offres.')).not.toContain('commission technique composée');
  });
});

describe('second review of session 15', () => {
  const evs = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it('keeps « mise en production / en œuvre / en place » inside names', () => {
    expect(orgNames('Le bureau de la mise en production des applications assure les déploiements.')).toEqual(['bureau de la mise en production des applications']);
  });

  it('gives no chart parent to the bodies under « Établissements publics sous tutelle »', () => {
    const chart = 'MINISTÈRE DE LA CULTURE\nORGANIGRAMME\n\nSecrétariat général\nSG\nBureau des applications métiers\nBAM\nÉtablissements publics sous tutelle\nAgence des musées numériques\nCentre national des archives sonores';
    expect(hierarchy(chart).filter((h) => /Agence des musées|Centre national/.test(h))).toEqual([]);
  });

  it('reads an « Effectifs » caption only under columns of years', () => {
    const text = 'Tableau 1 - Effectifs physiques par catégorie au 31 décembre 2025\n\n| Catégorie | Hommes | Femmes | Âge moyen | Taux de féminisation |\n|---|---|---|---|---|\n| A | 164 | 177 | 46 | 52 |';
    const units = dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
    expect(units).not.toContain('46 agents');
    expect(units).not.toContain('52 agents');
  });

  it('reads no bold warning as a product, no page or form date as an event, no numeric id as a parent', () => {
    expect(dataOf(facts('- **Attention**, le service sera indisponible du 3 au 5 mars 2026.\n- **Depuis janvier**, le dispositif couvre les régions.'), 'product')).toEqual([]);
    expect(evs('Mise en ligne : 12 mars 2024\nDernière modification : 14 janvier 2026')).not.toContain('2026-01-14 other');
    const json = JSON.stringify([{ id: 1204, nom: 'Direction du numérique éducatif', sigle: 'DNED', parent_id: 87 }, { id: 87, nom: 'Secrétariat général des ministères éducatifs', sigle: 'SGME' }], null, 2);
    expect(hierarchy(json)).toEqual([]);
  });

  it('reads no markdown list of « - Nom: … » items as a YAML data file', () => {
    const md = '# Fiche\n\n' + ['Nom: Agence nationale des titres', 'Sigle: ANTX', 'Création: 2007', 'Statut: établissement public', 'Siège: Paris', 'Tutelle: ministère', 'Effectif: 300', 'Budget: 12 M€', 'Site: exemple.fr'].map((l) => `- ${l}`).join('\n');
    expect(evs(md)).not.toContain('2007 creation');
  });
});
