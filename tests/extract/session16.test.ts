/**
 * Shapes of text first met in session 16 (each case failed on the rules before it): written for this file, never
 * copied from the evaluation texts.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/stages/extract/index.ts';
import { cleanText } from '../../pipeline/stages/extract/text.ts';
import { dataOf, doc, expectExactQuotes } from './helpers.ts';

const facts = (text: string) => {
  const { facts: found } = extractDocument(doc(text, 'session16'), new Set());
  expectExactQuotes(text, found);
  return found;
};
const orgs = (text: string) => dataOf(facts(text), 'organisation').map((o) => `${o.name ?? '—'} (${o.acronym ?? '—'})`);
const hierarchy = (text: string) => dataOf(facts(text), 'hierarchy').map((h) => `${h.child.name ?? h.child.acronym} < ${h.parent.acronym ?? h.parent.name}`);

describe('a subtitle file (WebVTT)', () => {
  const vtt = [
    'WEBVTT',
    'Kind: captions',
    '',
    'NOTE',
    'Relu par le service éditorial.',
    '',
    '1',
    '00:00:01.000 --> 00:00:04.200',
    '<v Hélène Castaing>Bonjour. Je travaille au centre national',
    'de la donnée routière,',
    '',
    '2',
    '00:00:04.200 --> 00:00:07.950',
    '<v Hélène Castaing>le CNDR, qui a ouvert son portail le 3 février 2025',
    '',
    '3',
    '00:00:08.100 --> 00:00:11.400',
    '<v Hélène Castaing>et reçu 4 200 demandes. Écrivez-nous à',
    'donnees@cndr.gouv.fr.',
    '',
    '00:00:11.500 --> 00:00:14.000',
    '<v Paul Ardisson>Merci. Le bureau des études de la DRX prend le relais.',
  ].join('\n');

  it('blanks the header, the cue numbers, the timings and the voice tags, and joins one speaker\'s cues', () => {
    const clean = cleanText(vtt);
    expect(clean).toHaveLength(vtt.length);
    expect(clean).not.toMatch(/WEBVTT|-->|<v|NOTE/);
    expect(clean).toContain('Je travaille au centre national de la donnée routière, le CNDR, qui a ouvert son portail le 3 février 2025 et reçu 4 200 demandes.');
    // A new speaker opens a new paragraph.
    expect(clean).toMatch(/gouv\.fr\.\s*\n\s*\n\s*Merci\./);
  });

  it('reads a name cut across cues, its acronym, a date, a figure and an address, their quotes in the original', () => {
    const found = facts(vtt);
    expect(orgs(vtt)).toContain('centre national de la donnée routière (CNDR)');
    expect(dataOf(found, 'event').map((e) => e.date.value)).toContain('2025-02-03');
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['4200 demandes']);
    const contact = found.find((f) => f.data.kind === 'contact')!;
    expect(contact.quote).toBe('donnees@cndr.gouv.fr');
    // (Timecodes are no figures.)
    expect(dataOf(found, 'figure').some((f) => f.value === 4.2 || f.value === 7950)).toBe(false);
  });

  it('leaves a page that only shows a subtitle file alone', () => {
    const page = `Le format est simple :\n\nWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBonjour`;
    expect(cleanText(page)).toContain('-->');
  });
});

describe('an apposed acronym with its article', () => {
  it('pairs « long name, la ACR, » when the long form spells it whole', () => {
    const text = "Nous travaillons avec la délégation interministérielle aux réseaux de secours, la DIRS, qui pilote le projet.";
    expect(orgs(text)).toContain('délégation interministérielle aux réseaux de secours (DIRS)');
  });

  it('does not pair two bodies of an enumeration', () => {
    const text = "Le comité associe la direction du budget, la DGFX, et la direction des achats.";
    expect(orgs(text)).not.toContain('direction du budget (DGFX)');
  });
});

describe('acronyms defined on one line, between semicolons', () => {
  it('reads each « ACR : long name » of a « Sigles : » line', () => {
    const text = "Sigles : DGTR : direction générale des transports routiers ; OFNV : Office français de la navigation ; ANCF : Agence nationale des chemins de fer.";
    expect(orgs(text)).toEqual(expect.arrayContaining(['direction générale des transports routiers (DGTR)', 'Office français de la navigation (OFNV)', 'Agence nationale des chemins de fer (ANCF)']));
  });

  it('needs two definitions at least (a sentence with a colon and a semicolon is none)', () => {
    const text = "Rappel : DGTR : la réunion est reportée ; merci de votre compréhension.";
    expect(orgs(text).some((o) => o.endsWith('(DGTR)') && !o.startsWith('—'))).toBe(false);
  });
});

describe('a unit one heads, then « à la » its parent', () => {
  it('ends the name at « à la délégation » after « je dirige le programme … »', () => {
    const text = "Je dirige le programme Horizon Fret à la délégation interministérielle aux mobilités (DIMOB).";
    expect(orgs(text)).toContain('programme Horizon Fret (—)');
    expect(hierarchy(text)).toContain('programme Horizon Fret < DIMOB');
  });
});

describe('a section title in capitals', () => {
  it('is not an acronym (« PARTICIPANTS », « DOCUMENTS »)', () => {
    const text = 'PARTICIPANTS\n\nMme Léa Morin, directrice du service des études (SDE).\n\nDOCUMENTS\n\nLe rapport est joint.';
    expect(orgs(text).some((o) => /PARTICIPANTS|DOCUMENTS/.test(o))).toBe(false);
  });
});

describe('a raw e-mail (.eml) in quoted-printable', () => {
  const eml = [
    'Return-Path: <c.roussel@transports.gouv.fr>',
    'Message-ID: <a1b2c3@transports.gouv.fr>',
    'Date: Mon, 3 Nov 2025 10:12:00 +0100',
    'From: =?UTF-8?Q?C=C3=A9line_Roussel?= <c.roussel@transports.gouv.fr>',
    'To: equipes@transports.gouv.fr',
    'Subject: =?UTF-8?Q?Cr=C3=A9ation_du_p=C3=B4le_Donn=C3=A9es?=',
    ' =?UTF-8?Q?_routi=C3=A8res?=',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Bonjour =C3=A0 toutes et =C3=A0 tous,',
    '',
    "La direction des mobilit=C3=A9s num=C3=A9riques (DMN) cr=C3=A9e le 1er d=",
    "=C3=A9cembre 2025 le p=C3=B4le Donn=C3=A9es routi=C3=A8res, qui comptera =",
    "18=C2=A0agents. Questions : poles-donnees@trans=",
    'ports.gouv.fr',
    '',
    '-- =20',
    'C=C3=A9line Roussel',
  ].join('\r\n');

  it('decodes the headers a reader sees, blanks the others, and joins the soft line breaks, the length kept', () => {
    const clean = cleanText(eml);
    expect(clean).toHaveLength(eml.length);
    expect(clean).toContain('Céline Roussel');
    expect(clean).toContain('Création du pôle Données routières');
    expect(clean).toContain('La direction des mobilités numériques (DMN) crée le 1er décembre 2025 le pôle Données routières, qui comptera 18 agents.');
    expect(clean).toContain('poles-donnees@transports.gouv.fr');
    expect(clean).not.toMatch(/Message-ID|a1b2c3|Content-Transfer|=C3/);
  });

  it('reads its facts decoded, their quotes the raw bytes they stand for', () => {
    const found = facts(eml);
    expect(orgs(eml)).toContain('direction des mobilités numériques (DMN)');
    expect(dataOf(found, 'event').map((e) => `${e.date.value} ${e.type}`)).toContain('2025-12-01 creation');
    expect(dataOf(found, 'figure').map((f) => `${f.value} ${f.unit}`)).toContain('18 agents');
    const address = found.find((f) => f.data.kind === 'contact' && f.data.email === 'poles-donnees@transports.gouv.fr');
    expect(address?.quote).toBe('poles-donnees@trans=\r\nports.gouv.fr');
  });

  it('shows the text part of a multipart message once, and blanks its attachments', () => {
    const multipart = [
      'From: agent@exemple.gouv.fr',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Le bureau des syst=C3=A8mes (BSY) ouvre.',
      '--XYZ',
      'Content-Type: text/html; charset=UTF-8',
      '',
      '<p>Le bureau des systèmes (BSY) ouvre.</p>',
      '--XYZ--',
    ].join('\n');
    const clean = cleanText(multipart);
    expect(clean).toHaveLength(multipart.length);
    expect(clean.match(/bureau des systèmes/g)).toHaveLength(1);
    expect(clean).not.toMatch(/--XYZ|Content-Type/);
  });

  it('leaves a message printed by a mail client (« De : … Objet : … ») alone', () => {
    const printed = 'De : Céline Roussel\nObjet : point\n\nLe bureau des systèmes (BSY) ouvre.';
    expect(cleanText(printed)).toBe(printed);
  });
});

describe('the parts of a count', () => {
  it('counts « 72 de la X et 208 du Y » after « 710 agents : 430 issus du Z » in agents', () => {
    const text = "Le service rassemblera 710 agents : 430 issus du SRN, 72 de la MDI et 208 du CSTN.";
    expect(dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['710 agents', '430 agents', '72 agents', '208 agents']);
  });

  it('leaves a number after a body alone when no part of a count came before', () => {
    const text = "Le service compte 710 agents, 72 de la MDI étant détachés.";
    expect(dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`)).toEqual(['710 agents']);
  });
});

describe('a definite noun with an adjective as the subject of « comprend »', () => {
  it('reads « La nouvelle direction comprendra » as the direction named before, not the last body', () => {
    const text = [
      "Le décret crée la direction des usages numériques (DUN). Elle reprend les missions du centre de services de Lille (CSL).",
      '',
      'La nouvelle direction comprendra trois sous-directions :',
      '',
      '- la sous-direction des applications (SDA) ;',
      '- la sous-direction des données (SDD) ;',
      '- la sous-direction des réseaux (SDR).',
    ].join('\n');
    expect(hierarchy(text)).toEqual(['sous-direction des applications < DUN', 'sous-direction des données < DUN', 'sous-direction des réseaux < DUN']);
  });
});

describe("a page's sections that all open on « le site »", () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);
  it('are sections of the page, not products (« ## Conception et réalisation » then « Le site a été conçu … »)', () => {
    const text = [
      '# Mentions légales',
      '',
      '## Conception et réalisation',
      '',
      "Le site a été conçu par l'atelier numérique de la direction.",
      '',
      '## Mesure de fréquentation',
      '',
      'Le site utilise un outil de mesure anonyme.',
    ].join('\n');
    expect(products(text)).toEqual([]);
  });

  it('still reads a catalogue of products, each under its own heading', () => {
    const text = ['## Rivage Pro', '', 'La plateforme permet de déclarer les escales.', '', '## PortaNet', '', 'La plateforme publie les horaires.'].join('\n');
    expect(products(text)).toEqual(['Rivage Pro', 'PortaNet']);
  });
});

describe("a forge's issue thread", () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it("is no event when a ticket is opened or closed, nor its status badge", () => {
    expect(events('**Fermé** · @lmartin a ouvert ce ticket le 4 février 2025 · 3 commentaires')).toEqual([]);
    expect(events('@lmartin a fermé ce ticket comme terminé le 9 mars 2025 via #88')).toEqual([]);
    expect(events("L'ouverture de la discussion le 2 mai 2025 a suscité 40 réponses.")).toEqual([]);
  });

  it('dates an event by the date it is planned for, after its complement', () => {
    expect(events("Il faut corriger le composant avant l'ouverture du nouveau parcours de demande, prévue le 2 juin 2025.")).toEqual(['2025-06-02 launch']);
  });
});

describe('figures of a dashboard table', () => {
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
  it('counts a column in the noun its header puts in parentheses, and reads marks out of ten', () => {
    const text = ['| Démarche | Volume annuel (dossiers) | Satisfaction |', '|---|---|---|', '| Carte grise | 8 900 000 | 6,5/10 |', '| Bourse | 1 380 000 | 6,2/10 |'].join('\n');
    expect(figures(text)).toEqual(['8900000 dossiers', '6.5 /10', '1380000 dossiers', '6.2 /10']);
  });

  it('reads a mark in prose, but no date as a mark', () => {
    expect(figures('La note moyenne est de 4,6/5, contre 4,2/5 en 2024.')).toEqual(['4.6 /5', '4.2 /5']);
    expect(figures('Le comité se réunira le 12/10 puis le 14/11/2025.')).toEqual([]);
  });
});

describe('numbers a sentence goes on about, in the noun it counted', () => {
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
  it('reads « 58 étaient applicables : 42 sont conformes et 16 non conformes » after « Sur les 106 critères »', () => {
    expect(figures('Sur les 106 critères du référentiel, 58 étaient applicables : 42 sont conformes et 16 non conformes.')).toEqual(['106 critères', '58 critères', '42 critères', '16 critères']);
    expect(figures('Seules deux démarches sont conformes et trois ne le sont pas du tout.')).toEqual(['2 démarches', '3 démarches']);
  });

  it('leaves a number with no count before it, a pull request and a time said in words alone', () => {
    expect(figures('En 2024, 58 étaient applicables.')).toEqual([]);
    expect(figures('PR ouverte : #1231 https://forge.exemple.gouv.fr/pull/1231')).toEqual([]);
    expect(figures('La séance est ouverte à vingt et une heures trente.')).toEqual([]);
  });
});

describe('events of a Cour des comptes letter', () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it('reads « transformera la X, au 1er janvier 2026, en direction … » as a renaming on the day it takes effect', () => {
    expect(events("Le décret n° 2025-688 du 17 juillet 2025 transformera la DMSX, au 1er janvier 2026, en direction des systèmes financiers (DSF).")).toEqual(['2026-01-01 renaming']);
  });

  it('reads no event in « arrêté le 24 juillet un budget », « lors de son lancement », « l\'ouverture de ce contrôle »', () => {
    expect(events('Le comité a arrêté le 24 juillet 2025 un budget de référence de 198 M€.')).toEqual([]);
    expect(events('Le coût, estimé à 86 M€ lors de son lancement, a été réévalué en décembre 2024.')).not.toContain('2024-12 launch');
    expect(events("Par lettre du 12 février 2025, la Cour avait informé vos services de l'ouverture de ce contrôle.")).not.toContain('2025-02-12 launch');
  });

  it("still reads a start-up's « lancement de l'investigation » as a launch", () => {
    expect(events("Septembre 2023 : lancement de l'investigation.")).toEqual(['2023-09 launch']);
  });
});

describe('software named by what it is', () => {
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => `${p.name} (${p.type})`);
  it('reads « - Asphalte, outil d\'audit développé par … », « X, c\'est l\'outil qui … », « le système de design X », « l\'interface X »', () => {
    expect(products("Outils utilisés :\n\n- Balise, outil d'audit développé par le pôle qualité\n- Firefox 128")).toContain('Balise (outil)');
    expect(products("On est une trentaine. Dossier Facile, c'est l'outil qui permet de créer un formulaire.")).toContain('Dossier Facile (outil)');
    expect(products('Le site utilise les composants du système de design Amarrage.')).toContain('Amarrage (système de design)');
    expect(products("L'agence confirme le revenu par l'interface Revenus-Contrôle.")).toContain('Revenus-Contrôle (interface)');
  });

  it('reads no product in a place with a site, someone spoken to, or « la suite » that comes next', () => {
    expect(products('- Lyon, site principal de la direction')).toEqual([]);
    expect(products('Merci Julien. Nadia, la suite pour 2026 ?')).toEqual([]);
  });
});

describe('review of session 16: e-mails and subtitles keep the original length and exact quotes', () => {
  const sameLength = (text: string) => expect(cleanText(text)).toHaveLength(text.length);
  const header = ['From: agent@exemple.gouv.fr', 'MIME-Version: 1.0'];

  it('a soft line break right before a boundary', () => {
    const text = [...header, 'Content-Type: multipart/alternative; boundary="b1"', '', '--b1', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable', '', 'Le bureau compte 250 agents.=', '--b1', 'Content-Type: text/html', '', '<p>Le bureau compte 250 agents.</p>', '--b1--'].join('\n');
    sameLength(text);
    sameLength(text.replace(/\n/g, '\r\n'));
    facts(text);
  });

  it('a part without a blank line, an empty part, and a message cut before its closing boundary', () => {
    sameLength([...header, 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain', '--b1--'].join('\n'));
    const empty = [...header, 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', '--b1', 'Content-Type: text/plain', '', 'Le pôle des achats (PDA) ouvre.', '--b1--'].join('\n');
    sameLength(empty);
    expect(cleanText(empty)).toContain('Le pôle des achats (PDA) ouvre.');
    const cut = [...header, 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain', '', 'Le pôle des achats (PDA) ouvre.'].join('\n');
    sameLength(cut);
    expect(cleanText(cut)).toContain('Le pôle des achats (PDA) ouvre.');
  });

  it('a nested multipart (a message with an attachment) and a folded part header with its charset', () => {
    const text = [
      ...header,
      'Content-Type: multipart/mixed; boundary="out"',
      '',
      '--out',
      'Content-Type: multipart/alternative; boundary="in"',
      '',
      '--in',
      'Content-Type: text/plain;',
      '\tcharset="iso-8859-1"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'La pr=E9fecture de la r=E9gion ouvre un guichet.',
      '--in',
      'Content-Type: text/html',
      '',
      '<p>La préfecture de la région ouvre un guichet.</p>',
      '--in--',
      '--out',
      'Content-Type: application/pdf; name="note.pdf"',
      'Content-Disposition: attachment; filename="note.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQKJcfsj6IKNSAwIG9iago=',
      '--out--',
    ].join('\n');
    sameLength(text);
    const clean = cleanText(text);
    expect(clean.match(/La préfecture de la région ouvre un guichet\./g)).toHaveLength(1);
    expect(clean).not.toMatch(/JVBER|<p>/);
  });

  it('a subtitle file with CRLF line ends, and a cue line holding only a timestamp tag', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<v Ana Roux>Le bureau des cartes compte', '', '00:00:03.000 --> 00:00:05.000', '<v Ana Roux><00:00:04.000>', '<v Ana Roux>3 bureaux depuis 2021. Écrivez à aide@cartes.gouv.fr'].join('\r\n');
    sameLength(vtt);
    const found = facts(vtt);
    expect(found.find((f) => f.data.kind === 'contact')?.quote).toBe('aide@cartes.gouv.fr');
  });
});

describe('review of session 16: ordinary prose left alone', () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
  it('reads no unit in an activity someone coordinates', () => {
    expect(orgs("La préfète coordonne la mission d'appui aux communes sinistrées.")).toEqual([]);
    expect(orgs("L'architecte dirige la direction des travaux du chantier.")).toEqual([]);
  });

  it('dates a creation by its act, not by a date of figures « au 31 décembre »', () => {
    expect(events("L'arrêté du 3 mars 2025 crée le bureau de la statistique, dont les effectifs au 31 décembre 2025 seront fixés par décision.")).toEqual(['2025-03-03 creation']);
  });

  it('reads no renaming when a project transforms a service into another', () => {
    expect(events("Le projet transformera l'accueil des usagers en centre de services partagés d'ici 2026.")).toEqual([]);
  });

  it('reads no mark in a share or a day, no count in « Crédits (prévisions) », a duration before a count', () => {
    expect(figures("Selon l'évaluation conduite en 2024, 3/5 des projets accusent un retard.")).toEqual([]);
    expect(figures("La réunion d'évaluation du 3/10 est reportée.")).toEqual([]);
    expect(figures(['| Programme | Crédits (prévisions) | Crédits (réalisations) |', '|---|---|---|', '| P 352 | 120 | 118 |'].join('\n')).some((f) => /prévisions|réalisations/.test(f))).toBe(false);
    expect(figures('En 24 heures quinze dossiers ont été traités.')).toEqual(['24 heures', '15 dossiers']);
  });
});

describe('a body by what it is and whose it is', () => {
  it('reads « X, qui est l\'incubateur de la Y » and « X, l\'incubateur de services numériques de la Y »', () => {
    expect(hierarchy("Il travaille à la Fabrique des parcours, qui est l'incubateur de la DIRU.")).toEqual(['Fabrique des parcours < DIRU']);
    expect(hierarchy("Le site a été conçu par Houle, l'incubateur de services numériques de la DNMR, avec l'appui du pôle Design.")).toEqual(['Houle < DNMR']);
    expect(orgs("Le site a été conçu par Houle, l'incubateur de services numériques de la DNMR.")).toContain('Houle (—)');
  });

  it('reads no attachment as whose the unit is, and no first word of a sentence as a body', () => {
    expect(hierarchy("La mission de l'identité numérique (MIN), service rattaché au secrétariat général du ministère de la Mer, ouvre.")).not.toContain('mission de l\'identité numérique < ministère de la Mer');
    expect(orgs("Ensuite, l'incubateur de la DNMR accompagne les équipes.")).not.toContain('Ensuite (—)');
    expect(orgs("Merci Julien. Nadia, la fabrique de la DNMR recrute.")).not.toContain('Nadia (—)');
  });
});

describe("a decree's XML export", () => {
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEXTE_VERSION>',
    '<META><NOR>MERX2512345D</NOR><ORIGINE>LEGI</ORIGINE><ETAT>VIGUEUR</ETAT></META>',
    '<ARTICLE num="3">',
    '<p>Le centre national des phares (CNP) comprend trois départements :</p>',
    '<p>1° Le département « Signaux » ;<br/>2° Le département « Balisage » ;<br/>3° Le département « Cartes ».</p>',
    '</ARTICLE>',
    '</TEXTE_VERSION>',
  ].join('\n');

  it("blanks the record's codes and reads each item of an enumeration cut by <br/> as a unit of the subject", () => {
    expect(orgs(xml).some((o) => /MERX|LEGI|VIGUEUR/.test(o))).toBe(false);
    expect(hierarchy(xml)).toEqual(['département Signaux < CNP', 'département Balisage < CNP', 'département Cartes < CNP']);
  });

  it('keeps the HTML inside a feed: « <strong>Nimbus</strong> »', () => {
    const feed = '<?xml version="1.0"?>\n<rss><channel><item><description>Le cloud interministériel <strong>Nimbus</strong> ouvre.</description></item></channel></rss>';
    expect(cleanText(feed)).toContain('Nimbus');
  });
});

describe("a register entry's lines", () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
  it("reads no event in the entry's own dates, and the dated steps of the record as events", () => {
    expect(events('Date de création de la fiche : 14 mai 2024\nDate de dernière mise à jour : 3 octobre 2025')).toEqual([]);
    expect(events("- Analyse d'impact réalisée le 2 avril 2024, révisée le 18 septembre 2025")).toEqual(['2024-04-02 other', '2025-09-18 other']);
    expect(events('Le plan prévoit 1 200 recrutements par an ; 1 034 ont été réalisés en 2024.')).toEqual([]);
  });

  it('counts « Dossiers déposés en 2024 : 164 300 » in its label\'s noun, not « Dates : 12 »', () => {
    expect(figures('Dossiers déposés en 2024 : 164 300')).toEqual(['164300 dossiers']);
    expect(figures('Dates : 12')).toEqual([]);
  });

  it('reads work engaged as a start, and a version that comes out as a launch', () => {
    expect(events('La direction a engagé en juin 2025 une refonte complète du parcours.')).toEqual(['2025-06 start']);
    expect(events('La version 3 du portail sortira au T1 2026.')).toEqual(['2026-01/2026-03 launch']);
  });
});

describe('names that end where the text says so', () => {
  it('keeps « de service » inside a name and stops before an e-mail address on the next line', () => {
    expect(hierarchy("Référente : Mme Élodie Marchetti, cheffe de la mission Qualité de service de l'ANTR.")).toEqual(['mission Qualité de service < ANTR']);
    expect(orgs('Mathilde Roux\nDSI de l\'OFAL – pôle Relation usagers\nmathilde.roux@ofal.gouv.fr')).toContain('pôle Relation usagers (—)');
  });

  it('reads no body in web technologies, a pull request, a data centre, nor a committee in « la commission prévoit qu\'il … »', () => {
    expect(orgs('Technologies utilisées : HTML5, CSS, JavaScript, WAI-ARIA. PR ouverte : #1231.')).toEqual([]);
    expect(orgs('CHMT – Centre de données de Vénissieux, 12 avenue des Frères-Lumière.').some((o) => /Centre de données/.test(o))).toBe(false);
    expect(dataOf(facts("Le texte de la commission prévoit qu'il réunit la DIRN et qu'il se réunit deux fois par an."), 'committee')).toEqual([]);
  });
});

describe('« ce jour »', () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  it("is the day of the post it is written in (a forge's thread), or of the document", () => {
    const thread = ['**@lmartin** a commenté le 14 mars 2025', '', 'On regarde.', '', '**@kvidal** a commenté le 22 avril 2025', '', 'La version 3.2.0 est publiée ce jour.'].join('\n');
    expect(events(thread)).toEqual(['2025-04-22 publication']);
    // (The test documents are dated 2024-06-01.)
    expect(events('Le ministère lance ce jour la plateforme Rivage Pro.')).toEqual(['2024-06-01 launch']);
  });

  it('is no date in « à ce jour » (so far), nor without a day to read it against', () => {
    expect(events('À ce jour, la plateforme a été lancée dans 12 départements.')).toEqual([]);
    const undated = extractDocument(doc('La version 3.2.0 est publiée ce jour.', 'session16', null), new Set()).facts;
    expect(dataOf(undated, 'event')).toEqual([]);
  });
});

describe('second review of session 16', () => {
  const events = (text: string) => dataOf(facts(text), 'event').map((e) => `${e.date.value} ${e.type}`);
  const figures = (text: string) => dataOf(facts(text), 'figure').map((f) => `${f.value} ${f.unit}`);
  const products = (text: string) => dataOf(facts(text), 'product').map((p) => p.name);

  it("keeps an XML export's inline elements in prose (« Le <MiseEnEvidence>X</MiseEnEvidence> compte … »)", () => {
    const xml = '<?xml version="1.0"?><fiche><Paragraphe>Le <MiseEnEvidence>Cerem</MiseEnEvidence> compte <Valeur>2500</Valeur> agents. La DINAR a lancé le 3 mars 2024 la plateforme <Expression>Trivia</Expression>.</Paragraphe></fiche>';
    expect(figures(xml)).toEqual(['2500 agents']);
    expect(products(xml)).toEqual(['Trivia']);
  });

  it('types « Dissolution … prononcée le » as a suppression, the generic step last', () => {
    expect(events("La dissolution de l'association prononcée le 3 mars 2024 met fin au dispositif.")).toContain('2024-03-03 suppression');
  });

  it('nests the items a list item introduces (« … qui comprend :<br/>- le bureau … ») under it, not the next item', () => {
    const html = '<p>Le secrétariat général comprend :</p><ul>\n<li>La direction des affaires financières, qui comprend :<br/>- le bureau du budget ;<br/>- le bureau des marchés ;</li>\n<li>La direction des ressources humaines.</li>\n</ul>';
    expect(hierarchy(html)).not.toContain('direction des ressources humaines < direction des affaires financières');
    expect(hierarchy(html)).toEqual(expect.arrayContaining(['bureau du budget < direction des affaires financières', 'bureau des marchés < direction des affaires financières']));
    const markdown = '- La direction des affaires financières, qui comprend :\n  - le bureau du budget ;\n- La direction des ressources humaines.\n';
    expect(hierarchy(markdown)).toEqual(['bureau du budget < direction des affaires financières']);
  });

  it('still resolves « Le comité placé auprès du préfet se réunit … » to the committee named before', () => {
    const found = dataOf(facts("Il est créé un comité régional de l'eau. Le comité placé auprès du préfet se réunit chaque trimestre."), 'committee');
    expect(found.map((c) => `${c.name} (${c.frequency})`)).toContain("comité régional de l'eau (chaque trimestre)");
  });

  it('reads no count in a line of numbers or amounts, no launch in leaving a body, no start in « engagé le dialogue »', () => {
    expect(figures("Numéros d'urgence : 112\nCodes postaux concernés : 75001\nÉconomies réalisées en 2024 : 12")).toEqual([]);
    expect(events('La commune de Saint-Martin sortira le 1er janvier 2026 du syndicat mixte des eaux.')).toEqual([]);
    expect(events('La préfecture a engagé le dialogue sur la réforme des retraites en mars 2024.')).not.toContain('2024-03 start');
  });

  it('keeps a body named « Centre de données … » that is no facility, and stops a name before an accented address', () => {
    expect(orgs('Le Centre de données socio-politiques est rattaché à la fondation.')).toContain('Centre de données socio-politiques (—)');
    expect(orgs('Hélène Durand – pôle Relation usagers\nhélène.durand@onal.gouv.fr')).toContain('pôle Relation usagers (—)');
  });
});

describe('a letterhead in capitals over two lines', () => {
  it('reads « MINISTÈRE DE LA X ⏎ ET DE LA Y » as one name, but a next line naming a unit as that unit', () => {
    expect(orgs('MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE\nET DE LA COHÉSION DES TERRITOIRES\n\nParis, le 3 mars 2025')).toEqual(['MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE ET DE LA COHÉSION DES TERRITOIRES (—)']);
    expect(orgs('OFFICE NATIONAL\nDES CARTES MARINES\n\nRapport annuel')).toEqual(['OFFICE NATIONAL DES CARTES MARINES (—)']);
    expect(hierarchy('MINISTÈRE DE LA MER\nDIRECTION DES AFFAIRES MARITIMES\n\nTexte.')).toEqual(['DIRECTION DES AFFAIRES MARITIMES < MINISTÈRE DE LA MER']);
  });
});

describe('an iCalendar escape cut by a fold', () => {
  it('reads « \\ » ending a line and « , » opening the next as a comma, the quotes exact', () => {
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20250312T090000Z', 'SUMMARY:Atelier du service des cartes\\', ' , avec le bureau des relevés', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const clean = cleanText(ics);
    expect(clean).toHaveLength(ics.length);
    expect(clean).toContain('Atelier du service des cartes, avec le bureau des relevés');
    facts(ics);
  });
});

describe('third review of session 16', () => {
  it('ends the quote of a name ending with a decoded character after all its bytes (« Sant=C3=A9 »)', () => {
    const eml = ['From: a@exemple.gouv.fr', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: quoted-printable', '', "Le minist=C3=A8re de la Sant=C3=A9 ouvre un guichet."].join('\n');
    const org = facts(eml).find((f) => f.data.kind === 'organisation' && /minist/i.test(f.quote));
    expect(org?.quote).toBe('minist=C3=A8re de la Sant=C3=A9');
  });

  it('reads « \\n » cut by a fold in an iCalendar line as a line break', () => {
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20250312T090000Z', 'DESCRIPTION:Fin du point.\\', ' nLa direction des cartes ouvre.', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const clean = cleanText(ics);
    expect(clean).toHaveLength(ics.length);
    expect(clean).toMatch(/Fin du point\. \nLa direction des cartes ouvre\./);
  });

  it('glues no second line to a name in capitals that is a title, a table row, another body or inside a sentence', () => {
    expect(orgs('MINISTÈRE DE LA CULTURE\nDU 1ER JANVIER AU 31 DÉCEMBRE 2024\n\nTexte.')).toEqual(['MINISTÈRE DE LA CULTURE (—)']);
    expect(orgs('DIRECTION GÉNÉRALE DE LA SANTÉ\nDES CRÉDITS EN HAUSSE DE 5 % EN 2024')).toEqual(['DIRECTION GÉNÉRALE DE LA SANTÉ (—)']);
    expect(orgs("Le rapport de la DIRECTION DU BUDGET\nDU MINISTÈRE DE L'ÉCONOMIE (DB).").some((o) => o.includes('(DB)'))).toBe(false);
  });
});
