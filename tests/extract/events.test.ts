import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsExtractor } from '../../pipeline/stages/extract/extractors/events.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

function doc(text: string, date: string | null = '2024-06-01'): SourceDocument {
  return { id: 'test', file: 'test.md', title: null, language: 'fr', origin: null, licence: null, date, sha256: '0'.repeat(64), text };
}

type Event = Extract<FactData, { kind: 'event' }>;

function run(text: string, date: string | null = '2024-06-01'): Array<{ quote: string; data: Event }> {
  const { facts, issues } = eventsExtractor.extract(doc(text, date));
  expect(issues).toEqual([]);
  expectExactQuotes(text, facts);
  return facts.map((f) => ({ quote: f.quote, data: f.data as Event }));
}

function expectExactQuotes(text: string, facts: Fact[]): void {
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.extractor).toBe('events');
    const d = f.data as Event;
    expect(d.description.length).toBeLessThanOrEqual(300);
  }
}

const brief = (e: { quote: string; data: Event }) => [e.data.type, e.data.date.value, e.quote];

/** « type date » of every event of a text, read as of `date` (the document's date). */
const typedEvents = (text: string, date?: string) => run(text, date).map((e) => `${e.data.type} ${e.data.date.value}`);

describe('eventsExtractor', () => {
  describe('seed sentences', () => {
    it('finds one creation per parenthesis in a list of bodies (seed 002)', () => {
      const text =
        "Les premières administrations ont été la mission interministérielle de soutien technique pour le développement des technologies de l'information et de la communication dans l'administration (créée en 1998[2]), l’agence pour les technologies de l'information et de la communication dans l'administration (créée en 2001[3]), puis l’Agence pour le Développement de l’Administration Électronique (ADAE, créée en 2003[4]) dans le cadre d’ADELE.";
      const found = run(text, null);
      expect(found.map(brief)).toEqual([
        ['creation', '1998', 'créée en 1998'],
        ['creation', '2001', 'créée en 2001'],
        ['creation', '2003', 'créée en 2003'],
      ]);
      expect(found[1]!.data.description).toBe(
        "l'agence pour les technologies de l'information et de la communication dans l'administration (créée en 2001)",
      );
      expect(found[0]!.data.subject).toBeNull();
    });

    it('finds a passive creation with a footnote call (seed 002)', () => {
      const found = run('La direction générale de la modernisation de l’État (DGME) est créée en 2005[5]. Elle regroupe plusieurs structures.', null);
      expect(found.map(brief)).toEqual([['creation', '2005', 'créée en 2005']]);
      expect(found[0]!.data.description).toBe("La direction générale de la modernisation de l'État (DGME) est créée en 2005");
    });

    it('finds a « start » event with « depuis » and the product it manages (seed 002)', () => {
      const found = run('La DINSIC a conçu et gère le service FranceConnect depuis 2016. Il permet à ses utilisateurs de se connecter.', null);
      expect(found.map(brief)).toEqual([['start', '2016', 'gère le service FranceConnect depuis 2016']]);
      expect(found[0]!.data.date).toEqual({ value: '2016', precision: 'year', qualifier: 'depuis' });
      expect(found[0]!.data.subject_name).toBe('service FranceConnect');
    });

    it('finds a dated heading-like period as « other » (seed 004)', () => {
      const found = run('Les ambitions de la DNUM 2023-2027\n\n### Des sites et des démarches en ligne', null);
      expect(found).toEqual([
        {
          quote: 'Les ambitions de la DNUM 2023-2027',
          data: {
            kind: 'event',
            type: 'other',
            date: { value: '2023/2027', precision: 'period', start: '2023', end: '2027' },
            subject: null,
            subject_name: 'ambitions de la DNUM',
            description: 'Les ambitions de la DNUM 2023-2027',
            legal_text: null,
          },
        },
      ]);
    });

    it('finds no event in a sentence citing a decree without an event verb (seed 001)', () => {
      expect(
        run(
          "En application du décret n°2019-1088 du 25 octobre 2019 relatif au système d'information et de communication de l'État, la direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie numérique de l’État et de piloter sa mise en œuvre.",
          null,
        ),
      ).toEqual([]);
    });

    it('finds nothing when the date was lost in conversion (seed 002: « Le , la direction … est créée »)', () => {
      expect(run("Le , la direction interministérielle du numérique est créée. Toujours rattachée au secrétaire général du Gouvernement.", null)).toEqual([]);
    });
  });

  describe('forms of the genre', () => {
    it('links the decree that created a body and finds the succession', () => {
      const found = run('La direction du numérique, créée par le décret n° 2019-1088 du 25 octobre 2019, succède à la mission.');
      expect(found.map(brief)).toEqual([
        ['creation', '2019-10-25', 'créée par le décret n° 2019-1088 du 25 octobre 2019'],
        ['replacement', '2019-10-25', '25 octobre 2019, succède'],
      ]);
      expect(found[0]!.data.legal_text).toEqual({ type: 'décret', number: '2019-1088', date: '2019-10-25' });
    });

    it('finds a renaming with « devient » followed by a name or an organisation', () => {
      expect(run('En 2019, la direction X devient la direction Y.').map(brief)).toEqual([['renaming', '2019', '2019, la direction X devient']]);
      expect(run('En 2019, la DINSIC devient la DINUM.').map((e) => e.data.type)).toEqual(['renaming']);
    });

    it('reads « devient » + a common noun as a change of role (other)', () => {
      const found = run("Le 1er janvier 2018, l'agence devient le guichet unique des démarches.");
      expect(found.map(brief)).toEqual([['other', '2018-01-01', "1er janvier 2018, l'agence devient"]]);
    });

    it('finds a dated list item with a launch and its product', () => {
      const found = run('## Historique\n\n- 1er juillet 2013 : lancement du portail des démarches\n- 2014 : rien');
      expect(found.map(brief)).toEqual([['launch', '2013-07-01', '1er juillet 2013 : lancement']]);
      expect(found[0]!.data.subject_name).toBe('portail des démarches');
    });

    it('finds a dated table row', () => {
      const found = run('Date\tÉvénement\n15 mars 2016\tMise en ligne du catalogue des données\n');
      expect(found.map(brief)).toEqual([['launch', '2016-03-15', '15 mars 2016\tMise en ligne']]);
      expect(found[0]!.data.subject_name).toBe('catalogue des données');
    });

    it('finds an event in a pipe-table row whose date cell is a bare year', () => {
      expect(run('| Année | Fait |\n|---|---|\n| 2019 | Création de la direction du numérique |').map(brief)).toEqual([
        ['creation', '2019', '2019 | Création'],
      ]);
    });

    it('pairs each verb with its own date in a two-event sentence', () => {
      expect(run('Le programme, lancé en 2015, a été rattaché au secrétariat général en 2018.').map(brief)).toEqual([
        ['launch', '2015', 'lancé en 2015'],
        ['attachment', '2018', 'rattaché au secrétariat général en 2018'],
      ]);
    });

    it('finds suppression with a qualified date, and a transfer on the same date', () => {
      const found = run("L'agence a été dissoute fin 2017 et ses missions ont été transférées au ministère.");
      expect(found.map((e) => [e.data.type, e.data.date.value, e.data.date.qualifier])).toEqual([
        ['suppression', '2017', 'fin'],
        ['attachment', '2017', 'fin'],
      ]);
    });

    it('resolves a year-less date with the document date and finds an appointment', () => {
      const found = run('Le 3 mars, le Premier ministre a nommé la nouvelle déléguée.', '2022-05-01');
      expect(found.map(brief)).toEqual([['appointment', '2022-03-03', '3 mars, le Premier ministre a nommé']]);
      expect(found[0]!.data.date.inferred).toBe(true);
    });

    it('finds a publication with a month date and its object', () => {
      const found = run('Le secrétariat général a publié le schéma directeur en mars 2020.');
      expect(found.map(brief)).toEqual([['publication', '2020-03', 'publié le schéma directeur en mars 2020']]);
      expect(found[0]!.data.subject_name).toBe('schéma directeur');
    });

    it('takes the organisation after a noun trigger as subject', () => {
      const found = run('La création de la délégation au numérique (DELNUM) en 2021 a permis de fédérer les équipes.');
      expect(found[0]!.data.type).toBe('creation');
      expect(found[0]!.data.subject).toEqual({ name: 'délégation au numérique', acronym: 'DELNUM' });
      expect(found[0]!.data.subject_name).toBeNull();
    });

    it('finds a dated list item that starts with a bare year; a creation by merger is both (as annotators list it)', () => {
      const found = run('## Historique\n\n- 2010 : création du service par fusion de deux structures ;\n- 2012 : la mission est renommée.');
      expect(found.map(brief)).toEqual([
        ['creation', '2010', '2010 : création'],
        ['merger', '2010', '2010 : création du service par fusion'],
        ['renaming', '2012', '2012 : la mission est renommée'],
      ]);
      expect(found[0]!.data.subject_name).toBeNull();
    });

    it('finds a merger on a day date', () => {
      expect(run('Les deux services ont fusionné le 1er janvier 2020 pour former la direction du numérique.').map(brief)).toEqual([
        ['merger', '2020-01-01', 'fusionné le 1er janvier 2020'],
      ]);
    });

    it('finds a « start » with a relative date', () => {
      const found = run("Le bureau pilote le réseau depuis l'an dernier.", '2022-05-01');
      expect(found.map(brief)).toEqual([['start', '2021', "pilote le réseau depuis l'an dernier"]]);
    });

    it('shortens long descriptions to at most 300 characters', () => {
      const filler = 'les administrations centrales et les services déconcentrés '.repeat(8);
      const found = run(`La plateforme, lancée en 2017, accompagne ${filler}, puis elle a été rattachée à la direction en 2020.`);
      expect(found.length).toBe(2);
      for (const e of found) expect(e.data.description.length).toBeLessThanOrEqual(300);
    });
  });

  describe('what is not an event', () => {
    it('does not make events from dates without an event verb', () => {
      expect(run('Les années 2017 et 2018 ont été marquées par une montée en puissance.')).toEqual([]);
      expect(run('En 2019, le budget était stable.')).toEqual([]);
    });

    it('does not make events from event verbs without a date', () => {
      expect(run('Créer le réseau des directions numériques. La mission logiciels libres est née du plan d’action.')).toEqual([]);
    });

    it('does not pair « start » verbs with plain dates, nor read « mise en œuvre » or « réunion » as events', () => {
      expect(run('En 2019, la mission pilote sa mise en œuvre. Réunion du 3 mars 2020 entre cinq agents.')).toEqual([]);
    });

    it('repeats an event for a later date after « puis »', () => {
      expect(run('La mission rejoint la direction A en 2015, puis la direction B en 2019.').map(brief)).toEqual([
        ['attachment', '2015', 'rejoint la direction A en 2015'],
        ['attachment', '2019', 'rejoint la direction A en 2015, puis la direction B en 2019'],
      ]);
    });

    it('finds a participle « ouvert en … » as a launch and links « publié au Journal officiel » to the text before it', () => {
      expect(run('Le portail national, ouvert en décembre 2011, recense 40 000 jeux de données.').map(brief)).toEqual([
        ['launch', '2011-12', 'ouvert en décembre 2011'],
      ]);
      const found = run('Le décret du 30 mai 2017 relatif aux attributions du ministre, publié au Journal officiel du 31 mai 2017, organise le service.');
      expect(found.map(brief)).toEqual([['publication', '2017-05-31', 'publié au Journal officiel du 31 mai 2017']]);
      expect(found[0]!.data.legal_text).toEqual({ type: 'décret', number: null, date: '2017-05-30' });
    });

    it('reads a head count after « réunir » as no merger', () => {
      // (The two days are the salon's, a gathering of no named kind; nothing merged.)
      expect(run('Les 3 et 4 juillet 2019, le salon a réuni 1 500 participants.').map(brief)).toEqual([['other', '2019-07-03/2019-07-04', 'Les 3 et 4 juillet 2019']]);
      expect(run('Le 4 juillet 2019, le salon a réuni 1 500 participants.').map((f) => (f.data as { type: string }).type)).not.toContain('merger');
    });

    it('reads « se réunit » as a meeting, not a merger', () => {
      expect(run('Le comité, installé le 15 septembre 2021, se réunit tous les trimestres.').map(brief)).toEqual([
        ['creation', '2021-09-15', 'installé le 15 septembre 2021'],
      ]);
    });

    it('does not read « ouverture des données » as a launch', () => {
      expect(run("En 2016, l'ouverture des données publiques progresse.")).toEqual([]);
    });

    it('does not read decree numbers as periods', () => {
      expect(run('Le décret n° 2019-1088 fixe les missions.')).toEqual([]);
    });
  });

  describe('properties', () => {
    const tokens = fc.constantFrom(
      'créée', ' en ', '2001', '2023-2027', ' depuis ', ' gère ', 'le service ', 'lancement', ' du ', 'portail', ' (', ')', ',', '.',
      ' ', '\n', '- ', '25 octobre 2019', ' par le décret n° 2019-1088', ' devient ', 'la ', 'direction', ';', '\t', ':', "l'an dernier",
    );
    it('never throws and every quote is the text at its offsets', () => {
      fc.assert(
        fc.property(fc.string({ unit: tokens, maxLength: 30 }), (text) => {
          const { facts } = eventsExtractor.extract(doc(text));
          expectExactQuotes(text, facts);
        }),
      );
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
          expectExactQuotes(text, eventsExtractor.extract(doc(text)).facts);
        }),
      );
    });
  });
});

describe('events: milestones and markup timelines', () => {
  const run = (text: string) => {
    const d = { id: 't', file: 't.md', title: null, language: 'fr', origin: null, licence: null, date: '2024-01-01', sha256: '0'.repeat(64), text };
    const facts = eventsExtractor.extract(d).facts;
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    return facts.map((f) => f.data as Extract<FactData, { kind: 'event' }>);
  };
  it('reads a component timeline with date and title attributes, once per element', () => {
    const text = '<Frise>\n  <Etape\n    date="12/03/2019"\n    title="Mise en ligne de la première version du service"\n  />\n  <Etape date="01/06/2020" title="Atelier avec les usagers" />\n</Frise>\n';
    expect(run(text).map((e) => [e.date.value, e.type, e.description])).toEqual([
      ['2019-03-12', 'launch', 'Mise en ligne de la première version du service'],
      ['2020-06-01', 'other', 'Atelier avec les usagers'],
    ]);
  });
  it('takes dated milestones (validated, obtained) as events of type other', () => {
    const text = "* Le projet a été validé par le comité de pilotage le 3 février 2016 ;\n* Il a obtenu l'avis favorable de la direction le 4 mai 2016 ;\n";
    expect(run(text).map((e) => [e.date.value, e.type])).toEqual([
      ['2016-02-03', 'other'],
      ['2016-05-04', 'other'],
    ]);
  });
});

describe('events: nominal triggers that name an activity', () => {
  const run = (text: string) => {
    const d = { id: 't', file: 't.md', title: null, language: 'fr', origin: null, licence: null, date: '2024-01-01', sha256: '0'.repeat(64), text };
    return eventsExtractor.extract(d).facts.map((f) => f.data as Extract<FactData, { kind: 'event' }>);
  };
  it('ignores « dispositifs de création et de vérification de signature … du 30 mars 2001 »', () => {
    expect(run('Les dispositifs de création et de vérification de signature électronique prévue par le décret du 30 mars 2001.')).toEqual([]);
  });
  it('keeps « la création de la direction … date du 3 mars 2016 »', () => {
    expect(run('La création de la direction des achats date du 3 mars 2016.').map((e) => [e.date.value, e.type])).toEqual([['2016-03-03', 'creation']]);
  });
});

describe('events: where the object of a trigger ends', () => {
  it('stops before « suite à » / « grâce à » and drops the article left before a date', () => {
    const names = (text: string) => run(text).map((e) => `${e.data.type} ${e.data.subject_name}`);
    expect(names("Le 3 mars 2021, naissance du projet Boussole suite à la publication de l'ordonnance du 2 février 2021.")).toEqual([
      'creation projet Boussole',
      'publication null',
    ]);
    expect(names('Le 5 mai 2023, le ministère a annoncé la création du service Atlas grâce à un financement européen.')).toContain('creation service Atlas');
  });
});

describe('events: coordinated dates and releases', () => {
  it('repeats an event for dates coordinated with its own (« en 2017, 2018 et 2019 ») and reads releases as publications', () => {
    const d = { id: 't', file: 't.md', title: null, language: 'fr', origin: null, licence: null, date: null, sha256: '0'.repeat(64), text: 'Les livraisons se poursuivront chaque année en 2017, 2018 et 2019.' };
    const events = eventsExtractor.extract(d).facts.map((f) => f.data as Extract<FactData, { kind: 'event' }>);
    expect(events.map((e) => [e.date.value, e.type])).toEqual([
      ['2017', 'publication'],
      ['2018', 'publication'],
      ['2019', 'publication'],
    ]);
  });
});

describe('events: gatherings and availability', () => {
  it('dates a gathering named or said to take place, once per event', () => {
    const text = [
      '## Retour sur le séminaire du réseau le 14 octobre 2024',
      'Le 30 juin 2022 avait lieu à Lyon une rencontre des partenaires.',
      'La journée des données a eu lieu le 3 mai 2023.',
      "Il y a lieu de modifier l'arrêté du 3 mars 2019.",
    ].join('\n');
    expect(run(text).map(brief)).toEqual([
      ['other', '2024-10-14', 'séminaire du réseau le 14 octobre 2024'],
      ['other', '2022-06-30', '30 juin 2022 avait lieu'],
      ['other', '2023-05-03', 'journée des données a eu lieu le 3 mai 2023'],
    ]);
  });

  it('does not make « avoir lieu » an event of its own after the event it completes', () => {
    const events = run('Les premières livraisons ont eu lieu en 2016, comme prévu.');
    expect(events.map((e) => [e.data.type, e.data.date.value])).toEqual([['publication', '2016']]);
  });

  it('dates what is made available when the date follows « disponible »', () => {
    expect(run('Le guide est disponible depuis le 1er janvier 2020 sur le site. Le replay de la session de 2023 est disponible en ligne.').map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['publication', '2020-01-01'],
    ]);
  });
});

describe('events: people gathered are no merger', () => {
  it('reads « a réuni les agents », « rassemble des experts » as a gathering, « réunit les directions » as a merger', () => {
    const text = 'En mars 2022, la journée a réuni les agents du réseau. En 2021, le forum a rassemblé de nombreux experts. En 2019, le service réunit les directions des achats et des finances.';
    expect(run(text).map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['other', '2022-03'],
      ['other', '2021'],
      ['merger', '2019'],
    ]);
  });

  it('ends the object of a trigger before a participle (« du portail ayant eu lieu »)', () => {
    const [launch] = run('Le lancement du portail national ayant eu lieu en 2023, les équipes ont grandi.');
    expect(launch?.data.subject_name).toBe('portail national');
  });
});

describe('events: opening in the future or the present', () => {
  it('dates « sera ouverte », « est ouverte … depuis » as launches; an opening without a date is no event', () => {
    const text = "En 2025, l'application sera ouverte à tous les agriculteurs. La plateforme est ouverte aux agents depuis mars 2022. Le guichet est ouvert.";
    expect(run(text).map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['launch', '2025'],
      ['launch', '2022-03'],
    ]);
  });
});

describe('events: names after « de la » and renamings with a date in between', () => {
  it('keeps « de la … » in the name of the body a noun trigger is about', () => {
    const [creation] = run("- Décret n° 2015-512 du 7 mai 2015 portant création de l'Agence nationale de la sécurité des données");
    expect(creation?.data.subject).toEqual({ name: 'Agence nationale de la sécurité des données' });
  });

  it('reads « devient en 2013 le service X (SX) » as a renaming, « devient en 2019 le guichet unique » as a change of role', () => {
    const text = 'Il devient en 2013 le service de la sécurité des systèmes (SSS). Elle devient en mars 2016 la direction du numérique. Il devient en 2019 le guichet unique des usagers.';
    expect(run(text).map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['renaming', '2013'],
      ['renaming', '2016-03'],
      ['other', '2019'],
    ]);
  });
});

describe('events: press-release shapes', () => {
  it('keeps the date of a fronted participle for its own trigger, unless the main clause is in a past tense', () => {
    const a = run("Créée le 1er janvier 2022, l'agence est un établissement public placé sous la tutelle du ministère.");
    expect(a.map((e) => [e.data.type, e.data.date.value])).toEqual([['creation', '2022-01-01']]);
    const b = run('Créé par arrêté le 3 février 2020, il a remplacé le bureau des technologies (BT).');
    expect(b.map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['creation', '2020-02-03'],
      ['replacement', '2020-02-03'],
    ]);
  });

  it('names what a participle set off by a comma is about: a quoted name, or a name after a product word', () => {
    const text = "Il s'inscrit dans la stratégie « France Connectée 2027 », présentée en mars 2023. Il s'appuie sur l'application Aidants Pro, déployée depuis janvier 2022 dans 450 structures.";
    expect(run(text).map((e) => [e.data.type, e.data.date.value, e.data.subject_name])).toEqual([
      ['other', '2023-03', 'France Connectée 2027'],
      ['launch', '2022-01', 'Aidants Pro'],
    ]);
  });
});

describe('events: a text applies from a date', () => {
  it('dates « s’applique depuis le 25 mai 2018 », not « s’applique aux agents »', () => {
    expect(run("Le règlement (UE) 2016/679, dit RGPD, s'applique depuis le 25 mai 2018. Cette règle s'applique aux agents.").map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['other', '2018-05-25'],
    ]);
  });
});

describe('events: accessible from a date', () => {
  it('dates « est accessible depuis 2021 » as a launch, not « est accessible aux agents »', () => {
    expect(run('Le service en ligne « Mon espace agent » est accessible depuis 2021. Le site est accessible aux agents.').map((e) => [e.data.type, e.data.date.value])).toEqual([
      ['launch', '2021'],
    ]);
  });
});

describe('events: markup timelines', () => {
  it('dates entries whose date attribute is a year or an ISO month, and reads no MDX import line', () => {
    const text = [
      "import { Timeline, Event } from '@/components/Timeline'",
      '',
      '<Timeline>',
      '  <Event date="2014" title="Création de l’incubateur des services numériques" />',
      '  <Event date="2017-06" title="Lancement du programme Territoires connectés" />',
      '</Timeline>',
    ].join('\n');
    expect(run(text).map((e) => [e.data.type, e.data.date.value, e.data.date.precision])).toEqual([
      ['creation', '2014', 'year'],
      ['launch', '2017-06', 'month'],
    ]);
  });
});

describe('events: one event per date, aims, whole articles', () => {
  const summary = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type} ${e.data.subject?.name ?? e.data.subject_name ?? ''}`);

  it('drops a generic trigger when a typed one claims the same date (« la refonte de l’outil X, lancé en 2019 »)', () => {
    expect(summary("Piloter la refonte de l'outil Carto-Mer, lancé en 2019.")).toEqual(['2019 launch Carto-Mer']);
    // Two typed triggers on one date stay two events.
    expect(summary('Le service a été créé et rattaché au ministère le 3 mars 2020.').map((e) => e.split(' ')[1])).toEqual(['creation', 'attachment']);
  });

  it('takes an infinitive of purpose for no event (« qui vise à ouvrir … », « afin de publier … »)', () => {
    expect(summary('Depuis mai 2021, la mission pilote le programme Ciel, qui vise à ouvrir les données des ports.')).toEqual(['2021-05 start programme Ciel']);
    expect(summary('En 2022, le bureau a ouvert le guichet unique.')).toEqual(['2022 launch guichet unique']);
  });

  it('strips a whole article from an object (« les données », not « s données »)', () => {
    const [e] = run('En avril 2023, la direction a ouvert les données des ports.');
    expect(e!.data.subject_name).toBe('données des ports');
  });
});

describe('events: rollouts, trials and a status', () => {
  const summary = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('dates a generalisation as a launch, and a trial as the start of the product’s life', () => {
    expect(summary('La généralisation du service est prévue pour le premier trimestre 2026.')).toEqual(['2026-01/2026-03 launch']);
    expect(summary("L'outil a été expérimenté en 2023 dans trois régions.")).toEqual(['2023 start']);
  });

  it('takes a status apposition (« établissement public administratif placé sous la tutelle … ») for no attachment', () => {
    const text = "Le ministre a annoncé la création, au 1er juillet 2025, de l'Office des cartes (OC), établissement public administratif placé sous la tutelle du ministre.";
    expect(summary(text)).toEqual(['2025-07-01 creation']);
    expect(summary('Le 1er janvier 2024, le service a été placé sous la tutelle du ministère.')).toEqual(['2024-01-01 attachment']);
  });
});

describe('events: the span of a change is no event', () => {
  it('takes « a doublé entre 2021 et 2023 » for no event, but keeps an unclaimed period otherwise', () => {
    expect(run("Le nombre d'utilisateurs a doublé entre 2021 et 2023.")).toEqual([]);
    expect(run('Le programme, entre 2018 et 2022, a mobilisé les équipes.').map((e) => e.data.date.value)).toEqual(['2018/2022']);
  });
});

describe('events: a period that labels a plan', () => {
  it('is the plan\'s period (« other »), whatever the verb of its sentence; a span introduced by a preposition keeps its trigger', () => {
    expect(typedEvents('Le comité adopte le schéma directeur 2026-2029 du ministère.')).toEqual(['other 2026/2029']);
    expect(typedEvents('Publication du rapport d’activité 2022-2024 de l’agence.')).toEqual(['other 2022/2024']);
    expect(typedEvents('Le plan de transformation 2021-2024, lancé par la direction, prend fin.')).toEqual(['other 2021/2024']);
    expect(typedEvents('Les téléservices ont été mis en service entre 2015 et 2019.')).toEqual(['launch 2015/2019']);
    expect(typedEvents('Les guichets ont été ouverts de 2018 à 2020.')).toEqual(['launch 2018/2020']);
  });
});

describe('events: an indefinite object', () => {
  it('names nothing with a legal status (« portant création d’un service à compétence nationale »), keeps « une première FAQ »', () => {
    expect(run("Décret n° 2024-12 du 2 mai 2024 portant création d'un service à compétence nationale")[0]!.data.subject_name).toBeNull();
    expect(run("Le 3 mai 2018, mise en ligne d'une première FAQ de 40 questions.")[0]!.data.subject_name).toBe('une première FAQ de 40 questions');
  });
});

describe('events: a column of dates', () => {
  it('dates each row of a table whose column header says what happened (« Lancement »), the first cell naming what', () => {
    const text = ['| Produit | Description | Lancement |', '|---|---|---|', '| Parc-Auto | Gestion des flottes | 2021 |', '| Quai-Net | Escales | mars 2022 |'].join('\n');
    expect(run(text).map((e) => [e.data.date.value, e.data.type, e.data.subject_name, e.quote])).toEqual([
      ['2021', 'launch', 'Parc-Auto', 'Parc-Auto | Gestion des flottes | 2021'],
      ['2022-03', 'launch', 'Quai-Net', 'Quai-Net | Escales | mars 2022'],
    ]);
    // A column of counts is no column of dates.
    expect(run(['| Indicateur | 2022 |', '|---|---|', '| Agents | 410 |'].join('\n'))).toEqual([]);
  });
});

describe('events: the end of someone’s functions', () => {
  it('takes « Il est mis fin aux fonctions de M. X » for no suppression of a body', () => {
    expect(run('Il est mis fin aux fonctions de M. Paul Girard à compter du 1er juillet 2024.').map((e) => e.data.type)).toEqual(['other']);
    expect(run('Il est mis fin à la mission des cartes le 1er juillet 2024.').map((e) => e.data.type)).toEqual(['suppression']);
  });
});

describe('events: a table of bodies with their creation', () => {
  it('gives a row’s date to the body whose acronym opens the row', () => {
    const text = ['| Sigle | Nom | Création |', '|---|---|---|', "| ONIC | Office national de l'identité connectée | 2016 |"].join('\n');
    expect(run(text).map((e) => [e.data.date.value, e.data.type, e.data.subject?.acronym, e.data.subject_name])).toEqual([['2016', 'creation', 'ONIC', null]]);
  });
});

describe('events: hearings', () => {
  it('dates « Entendu le 14 novembre 2023 par votre rapporteur, M. X … » as an event', () => {
    expect(run('Entendu le 14 novembre 2023 par votre rapporteur, M. Karim Morel, directeur des projets, a reconnu des retards.').map((e) => [e.data.date.value, e.data.type])).toEqual([
      ['2023-11-14', 'other'],
    ]);
    // « entendu » without a date is no event.
    expect(run('Il a entendu les critiques.')).toEqual([]);
  });
});

describe('events: dates of legal citations', () => {
  const summary = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);
  it('prefers a date outside a citation (« Le 1er janvier 2019, en application du décret … du 12 mars 2018, … est renommée »)', () => {
    expect(summary('Le 1er janvier 2019, en application du décret n° 2018-77 du 12 mars 2018, la mission est renommée Agence des cartes.')).toEqual(['2019-01-01 renaming']);
    // The only date, in the citation, still dates the event it brings about.
    expect(summary('La direction, créée par le décret n° 2021-417 du 9 avril 2021, pilote la stratégie.')).toEqual(['2021-04-09 creation']);
  });

  it('dates what a text’s title says it does with that text’s date (« décret … du D1 modifiant le décret … du D2 et portant création de X »)', () => {
    expect(summary('Vu le décret n° 2024-55 du 3 mai 2024 modifiant le décret n° 2020-12 du 2 juin 2020 et portant création de la direction des cartes ;')).toEqual([
      '2024-05-03 creation',
    ]);
  });

  it('takes « X succède à Mme Y à la tête de … » for an appointment, « X succède à l’agence Y » for a replacement', () => {
    expect(summary("En juillet 2022, Hélène Marchal succède à Pascal Ternois à la tête de l'agence.")).toEqual(['2022-07 appointment']);
    expect(summary("En 2019, la direction succède à l'agence des cartes.")).toEqual(['2019 replacement']);
  });
});

describe('events: a fronted participle and the holder of an office', () => {
  const subjects = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type} ${e.data.subject?.name ?? ''}|${e.data.subject_name ?? ''}`);

  it('gives a fronted participle the main clause’s subject, not the agent of its « par »', () => {
    expect(subjects('Lancé en mars 2017 par le ministère de la Mer, le programme Escale devait remplacer les applications.')).toEqual(['2017-03 launch programme Escale|']);
    expect(subjects('Ouverte en octobre 2023 dans douze départements, la plateforme Aide-Port a servi 4 000 marins.')).toEqual(['2023-10 launch |Aide-Port']);
  });

  it('dates « La direction générale est assurée depuis le 3 avril 2021 par Mme X » as an appointment, not « La sécurité est assurée par … »', () => {
    expect(subjects('La direction générale est assurée depuis le 3 avril 2021 par Mme Lise Caron.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['2021-04-03 appointment']);
    expect(run('La sécurité est assurée depuis 2021 par le centre des réseaux.').map((e) => e.data.type)).not.toContain('appointment');
  });
});

describe('events: attachments that are states, and people who join a body', () => {
  const events = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type} ${e.data.subject?.acronym ?? e.data.subject?.name ?? ''}|${e.data.subject_name ?? ''}`);

  it('gives a date to the nearer trigger, not to a participle of attachment (« créé en 2012 et placé sous l’autorité de … »)', () => {
    expect(events("Le centre de calcul (CDC), créé en 2012 et placé sous l'autorité de la direction des achats, héberge les applications.").map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['2012 creation']);
    expect(events("L'office, rattaché à la délégation aux territoires (DAT), a été créé le 1er mars 2016.").map((e) => e.split(' ')[1])).toEqual(['creation']);
    // An attachment of its own date is an event.
    expect(events('Le service est rattaché à la direction des achats le 1er janvier 2021.').map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['2021-01-01 attachment']);
  });

  it('takes « elle rejoint l’agence X en 2019 comme directrice adjointe » for an appointment about X', () => {
    expect(events("Après dix ans à la direction des systèmes (DSYS), elle rejoint l'Agence des cartes (ACA) en 2019 comme directrice adjointe.")).toEqual(['2019 appointment ACA|']);
    expect(events('En 2020, le bureau des achats rejoint la direction des finances.').map((e) => e.split(' ')[1])).toEqual(['attachment']);
  });
});

describe('events: entries of a chronology', () => {
  const entries = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type} ${e.data.subject_name ?? ''}`);

  it('dates each line that opens with its date, and « Titre — jeudi 12 mars 2026 », as events', () => {
    const text = [
      'Calendrier du projet :',
      '',
      '- **septembre 2026** : consultation des comités sociaux ;',
      '- **1er janvier 2027** : création du service ;',
      '- **au deuxième trimestre 2027** : déménagement des équipes.',
      '',
      '**Assises de la donnée** — jeudi 12 mars 2026, à Nantes.',
    ].join('\n');
    expect(entries(text)).toEqual([
      '2026-09 other consultation des comités sociaux',
      '2027-01-01 creation ',
      '2027-04/2027-06 other déménagement des équipes',
      '2026-03-12 other Assises de la donnée',
    ]);
  });

  it('takes no dateline, tenure, issue number or date inside a sentence for an entry', () => {
    const text = ['Lyon, le 3 février 2026', '', '- depuis mai 2022 : Mme Léa Fournier ;', '', 'Lettre n° 12 — mars 2026', '', 'Le budget de 2025 : 4 M€ en hausse.'].join('\n');
    expect(entries(text)).toEqual([]);
  });
});

describe('events: what is no event on its date', () => {
  const types = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('takes no creation for accounts users create, and no launch for « depuis l’ouverture du service »', () => {
    expect(types('Fin 2025, plus de 40 000 entreprises avaient créé un compte, et 900 000 demandes avaient été déposées depuis l’ouverture du service.')).toEqual([]);
    // The date right after « depuis sa création » is the creation's.
    expect(types('Mme Lise Caron dirige le service depuis sa création, en 2022.')).toEqual(['2022 creation']);
  });

  it('gives no date to a repeal from the date of the text repealed', () => {
    expect(types("L'arrêté du 4 mai 2020 portant organisation du bureau des cartes est abrogé.")).toEqual([]);
    expect(types('Le bureau des cartes est supprimé le 1er mars 2026.')).toEqual(['2026-03-01 suppression']);
  });

  it('reads dates in a column headed « Échéance » or « Dernière mise à jour », in pipe, tab and HTML tables', () => {
    const text = [
      'Lot\tOpérateur\tÉchéance',
      'Lot 1 – calcul\tCentre de Rodez\tjuin 2026',
      '',
      '<table>',
      '  <thead>',
      '    <tr><th>Jeu de données</th><th>Producteur</th><th>Dernière mise à jour</th></tr>',
      '  </thead>',
      '  <tbody>',
      '    <tr><td>Niveaux des nappes</td><td>OEN</td><td>30/09/2026</td></tr>',
      '  </tbody>',
      '</table>',
    ].join('\n');
    expect(run(text).map((e) => `${e.data.date.value} ${e.data.type} ${e.data.subject_name ?? e.data.subject?.acronym}`)).toEqual([
      '2026-06 other Lot 1 – calcul',
      '2026-09-30 other Niveaux des nappes',
    ]);
  });
});

describe('events: signing an agreement', () => {
  const types = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('takes the signature of a contract or a convention for a milestone (other), of a circular for a publication', () => {
    expect(types("- **3 mars 2026** : signature du contrat d'objectifs avec le ministère ;")).toEqual(['2026-03-03 other']);
    expect(types('Le 5 mai 2026, le préfet et la présidente ont signé la convention de partenariat.')).toEqual(['2026-05-05 other']);
    expect(types('La circulaire n° 6500-SG a été signée le 7 juillet 2026 par la Première ministre.')).toEqual(['2026-07-07 publication']);
  });
});

describe('events: absorptions, notifications and meetings on a day', () => {
  const types = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('reads « absorbe », « notifié le … », « se réunira le … », « Prochain comité : … », not « se réunit chaque mois »', () => {
    expect(types("L'agence absorbe le 1er juillet 2026 le centre de calcul de Dole.")).toEqual(['2026-07-01 merger']);
    expect(types('Le marché a été notifié le 4 février 2026.')).toEqual(['2026-02-04 other']);
    expect(types('Le comité se réunira le 16 septembre 2026.')).toEqual(['2026-09-16 other']);
    expect(types('Prochain comité : 17 septembre 2026')).toEqual(['2026-09-17 other']);
    expect(types('Depuis 2024, le comité se réunit chaque mois.')).toEqual([]);
  });
});

describe('events: opening to the public and taking up a post', () => {
  const types = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('reads « sort de sa phase bêta », « devient accessible à tous », « prend ses fonctions le … »', () => {
    expect(types('Ce mardi 16 juin 2026, AideMobile sort de sa phase bêta.')).toEqual(['2026-06-16 launch']);
    expect(types('Le 2 mars 2026, le simulateur devient accessible à tous.')).toEqual(['2026-03-02 launch']);
    // (Taking up a post is a start since session 25: its appointment is the act's, dated by it.)
    expect(types('Mme Anne Morel prend ses fonctions de directrice le 1er octobre 2026.')).toEqual(['2026-10-01 start']);
  });
});

describe('events: projects suspended, relaunched, switched over; contracts ending', () => {
  const types = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('reads « suspendu », « relancé », « la bascule … », « résilié », « arrive à échéance »', () => {
    expect(types('Le projet a été suspendu en juin 2026 puis relancé en janvier 2027.')).toEqual(['2026-06 other', '2027-01 launch']);
    expect(types('La bascule de la paie est intervenue en novembre 2026.')).toEqual(['2026-11 launch']);
    expect(types('Le contrat a été résilié le 30 septembre 2026.')).toEqual(['2026-09-30 other']);
    expect(types('Le marché de maintenance arrive à échéance le 31 décembre 2027.')).toEqual(['2027-12-31 other']);
  });
});

describe('events: review fixes', () => {
  const types = (text: string) => run(text).map((e) => `${e.data.date.value} ${e.data.type}`);

  it('keeps « depuis sa création en janvier 2019 »; takes no yearly figure, dateline or byline for an entry; a signed decree stays a publication', () => {
    expect(types('Depuis sa création en janvier 2019, l’office a formé 3 000 agents.')).toEqual(['2019-01 creation']);
    expect(types('- 2023 : 45 M€ de crédits ;\n- 2024 : 52 M€.')).toEqual([]);
    expect(types('Rennes - 12 mars 2026\n\nRédigé par Jean Morel - 12 mars 2026\n\nDernière mise à jour - 12 mars 2026')).toEqual([]);
    expect(types('Le décret relatif aux conventions de stage a été signé le 3 mars 2026.')).toEqual(['2026-03-03 publication']);
  });

  it('takes no merger for a budget « absorbé », no launch for « le rapport de forces bascule »', () => {
    expect(types('En 2026, le remboursement de la dette absorbe une part croissante du budget.')).toEqual([]);
    expect(types('Le rapport de forces bascule en 2026.')).toEqual([]);
  });
});

describe('events: beginnings, stops, dates pointed back at, texts that act', () => {
  const typed = (text: string) => typedEvents(text);

  it('a project begins (« Démarrage : », « incubé depuis », « expérimenté à partir de », a first meeting): start', () => {
    expect(typed('- **Démarrage :** avril 2031')).toEqual(['start 2031-04']);
    expect(typed('Incubé depuis mai 2030, le service est expérimenté à partir de janvier 2031 dans deux ports.')).toEqual(['start 2030-05', 'start 2031-01']);
    expect(typed('Le comité des usagers a tenu sa première réunion le 4 février 2031.')).toEqual(['start 2031-02-04']);
  });

  it('a product stopped (« arrêt de l’outil X », « arrêté en mars 2031 »), not a legal text (« le présent arrêté entre en vigueur »)', () => {
    expect(typed('30 juin 2031 : arrêt de l’outil historique « Cale Sèche ».')).toEqual(['suppression 2031-06-30']);
    expect(typed('Statut : arrêté en mars 2031, faute d’usage.')).toEqual(['suppression 2031-03']);
    expect(typed('Le présent arrêté entre en vigueur le 1er avril 2031.')).toEqual(['start 2031-04-01']);
  });

  it('« à cette date », « le même jour »: the date of the sentence before, outside the texts it cites', () => {
    expect(typed("L'office a été créé le 1er mars 2031 par le décret n° 2031-50 du 2 février 2031. Il a remplacé à cette date la mission des quais.")).toContain('replacement 2031-03-01');
  });

  it('« Le décret … du 10 mai, publié au Journal officiel du 12 mai, crée X »: the creation on the text’s date', () => {
    const events = typed('Le décret n° 2031-90 du 10 mai 2031, publié au Journal officiel du 12 mai 2031, crée la délégation aux phares (DPH).');
    expect(events).toContain('creation 2031-05-10');
    expect(events).not.toContain('creation 2031-05-12');
  });

  it('« deviendra l’Agence … » (an elided article) is a renaming; « s’est réuni le 3 mars et le 9 octobre »: two meetings, no merger', () => {
    expect(typed("Au 1er janvier 2032, le centre des phares deviendra l'Agence des phares et balises (APB).")).toEqual(['renaming 2032-01-01']);
    expect(typed("En 2031, le comité s'est réuni le 3 mars et le 9 octobre.")).toEqual(['other 2031-03-03', 'other 2031-10-09']);
  });
});

describe('events: entry into force, offices held since a date, bylines', () => {
  const typed = (text: string) => typedEvents(text);

  it('« Le présent décret entre en vigueur le … »: what the text sets up starts', () => {
    expect(typed('Le présent décret entre en vigueur le 1er juillet 2031.')).toEqual(['start 2031-07-01']);
  });

  it('« X est directrice … depuis mars 2030 », « elle en est la déléguée depuis le … »: an appointment, dated only by « depuis »', () => {
    expect(typed('Inès Morvan est directrice des phares depuis mars 2030.')).toEqual(['appointment 2030-03']);
    expect(typed('Paul Léger, ingénieur, en est le délégué depuis le 2 mai 2031.')).toEqual(['appointment 2031-05-02']);
    expect(typed('Inès Morvan est directrice des phares. Le rapport annuel est paru en 2031.')).toEqual(['publication 2031']);
  });

  it('a byline (« Publié le 14/11/2031 – Préfecture X », « Question publiée le : … ») is the page’s date, not an event', () => {
    expect(typed('*Publié le 14/11/2031 – Préfecture de la région Nord*')).toEqual([]);
    expect(typed('**Question publiée le** : 11/03/2031')).toEqual([]);
    expect(typed('Le rapport sur les phares publié le 3 mai 2031 recense 40 ouvrages.')).toEqual(['publication 2031-05-03']);
  });
});

describe('events: a contract’s milestones', () => {
  it('« Date d’attribution du marché : … » is a milestone; « ses attributions » (a remit) is not', () => {
    const typed = (text: string) => typedEvents(text);
    expect(typed('Date d’attribution du marché : 2 mars 2031')).toEqual(['other 2031-03-02']);
    expect(typed('La notification du contrat est intervenue le 9 avril 2031.')).toEqual(['other 2031-04-09']);
    expect(typed('Le délégué exerce ses attributions depuis le 3 mai 2031.')).toEqual([]);
  });
});

describe('events: status changes, offices held since a date in apposition, « juin dernier »', () => {
  const typed = (text: string, date = '2031-03-01') => typedEvents(text, date);

  it('« transformée en établissement public le … » is a change of status (a renaming); « transformer en profondeur » is not', () => {
    expect(typed("L'office des phares a été transformé en établissement public le 1er janvier 2030.")).toEqual(['renaming 2030-01-01']);
    expect(typed('Le service veut transformer en profondeur ses outils en 2030.')).toEqual([]);
  });

  it('« Mme Inès Morvan, directrice de l’agence des phares depuis septembre 2029 » is an appointment', () => {
    expect(typed("Nous recevons Mme Inès Morvan, directrice de l'agence des phares depuis septembre 2029.")).toEqual(['appointment 2029-09']);
  });

  it('« en juin dernier » is the last June before the document’s date, « en mars prochain » the next March', () => {
    expect(typed('Nous avons lancé en juin dernier la plateforme « Vigie ».')).toEqual(['launch 2030-06']);
    expect(typed('Nous avons lancé en février dernier la plateforme « Vigie ».')).toEqual(['launch 2031-02']);
  });
});

describe('events: release notes', () => {
  it('« ## Version 3.2 — 14 février 2031 » is the publication of that release', () => {
    const events = run('# Notes de version\n\n## Version 3.2 — 14 février 2031\n\n- Nouvel export CSV.\n\n## Version 3.1 — 2 décembre 2030\n\n- Correctifs.');
    expect(events.map((e) => [e.data.type, e.data.date.value, e.data.subject_name])).toEqual([
      ['publication', '2031-02-14', 'Version 3.2'],
      ['publication', '2030-12-02', 'Version 3.1'],
    ]);
  });
});

describe('events: opinions given on a date', () => {
  it('« Vu l’avis du comité … en date du 2 mars 2031 » is a milestone; « soumis à l’avis du comité » is not', () => {
    const typed = (text: string) => typedEvents(text);
    expect(typed("Vu l'avis du comité social d'administration ministériel en date du 2 mars 2031,")).toEqual(['other 2031-03-02']);
    expect(typed("Vu l'arrêté du 2 avril 2031 fixant la liste des projets soumis à l'avis du conseil des phares ;")).toEqual([]);
  });
});

describe('events: a date in an incise about another body', () => {
  it('« elle succède à la mission X, elle-même issue en 2014 de … » does not date the succession by 2014', () => {
    const events = run('Créée en 2031, la délégation succède à la mission des phares (MPH), elle-même issue en 2024 de la fusion de deux services.');
    expect(events.map((e) => `${e.data.type} ${e.data.date.value}`)).not.toContain('replacement 2024');
    expect(events.map((e) => `${e.data.type} ${e.data.date.value}`)).toContain('merger 2024');
  });
});

describe('events: an HTML byline', () => {
  it('« <p class="date">Publié le <time …>2 avril 2031</time></p> » is the page’s date, not an event', () => {
    expect(run('<p class="date">Publi&eacute; le <time datetime="2031-04-02">2 avril 2031</time></p>\n<p>Le service a ouvert le 1er avril 2031.</p>').map((e) => `${e.data.type} ${e.data.date.value}`)).toEqual(['launch 2031-04-01']);
  });
});

describe('events: review fixes of session 9', () => {
  const typed = (text: string, date = '2031-03-20') => typedEvents(text, date);

  it('« arrêtés au 31 décembre » (accounts), « sollicite l’avis », « transformées en un format », « , en 2031 la mission compte » are no events', () => {
    expect(typed("Les comptes de l'agence arrêtés au 31 décembre 2030 font apparaître un excédent.")).toEqual([]);
    expect(typed("La direction sollicite l'avis du comité technique le 3 mars 2031.")).toEqual([]);
    expect(typed('Depuis mars 2031, les données collectées sont transformées en un format ouvert.')).toEqual([]);
    expect(typed('Créée le 3 mars 2029, en 2031 la mission compte vingt agents.')).toEqual(['creation 2029-03-03']);
  });

  it('the decree opening a sentence dates its main verb only, not a later participle with its own date', () => {
    expect(typed('Le décret n° 2030-12 du 10 octobre 2030 crée la délégation aux phares, lancée en mars 2031.')).toEqual(['creation 2030-10-10', 'launch 2031-03']);
  });

  it('« le 3 mars dernier » written on 20 March is this year’s; « le 31 mars dernier délai » is no relative date', () => {
    expect(typed('La mission a été créée le 3 mars dernier par arrêté.')).toEqual(['creation 2031-03-03']);
    expect(typed('Le service sera lancé le 25 mars prochain.')).toEqual(['launch 2031-03-25']);
  });
});

describe('events: markup timelines with character references', () => {
  it('decodes the title of « <TimelineEvent date="2031-03" title="Cr&eacute;ation …" /> » (its type, its description)', () => {
    const events = run('<TimelineEvent date="2031-03" title="Cr&eacute;ation de la mission des phares" />');
    expect(events.map((e) => [e.data.type, e.data.date.value, e.data.description])).toEqual([['creation', '2031-03', 'Création de la mission des phares']]);
  });
});

describe('events: what is not a start or an appointment', () => {
  it('« Un chef de projet expérimenté a rejoint … »: the adjective, not an experiment starting', () => {
    expect(typedEvents("Un chef de projet expérimenté a rejoint l'équipe en mars 2025.")).not.toContain('start 2025-03');
    expect(typedEvents('Le service est expérimenté depuis mars 2025 dans trois préfectures.')).toContain('start 2025-03');
  });
  it('« Le ministère est responsable depuis 2025 de … »: a body holds a charge, nobody is appointed', () => {
    expect(typedEvents('Le ministère est responsable depuis 2025 de la sécurité des réseaux portuaires.')).not.toContain('appointment 2025');
    expect(typedEvents('La direction des phares est responsable depuis 2026 des balises.')).not.toContain('appointment 2026');
    expect(typedEvents('Mme Ilona Verdier est responsable du pôle depuis mars 2025.')).toContain('appointment 2025-03');
  });
});

describe('events: a text that acts from a later date', () => {
  it('« Le décret … du 10 juin 2031 crée l’agence X à compter du 1er juillet 2031 »: created on the date it takes effect', () => {
    const text = "Le décret n° 2031-871 du 10 juin 2031 crée l'Agence des phares (AGP) à compter du 1er juillet 2031 et supprime la direction des balises (DIB) à la même date.";
    expect(typedEvents(text)).toEqual(expect.arrayContaining(['creation 2031-07-01', 'suppression 2031-07-01']));
    expect(typedEvents(text)).not.toContain('creation 2031-06-10');
  });
  it('without « à compter du », on the text’s date', () => {
    expect(typedEvents('Le décret n° 2031-872 du 11 juin 2031 crée le service des quais (SQ).')).toEqual(['creation 2031-06-11']);
  });
});

describe('events: a body set up', () => {
  it('« le secrétariat général installe en son sein une équipe … »: a creation', () => {
    expect(typedEvents('Tout commence en septembre 2029, lorsque le secrétariat général des phares (SGP) installe en son sein une équipe de cinq agents, la « mission Feux ».')).toEqual(['creation 2029-09']);
  });
  it('« la direction installe un nouveau logiciel »: no body created', () => {
    expect(typedEvents('En mars 2030, la direction installe un nouveau logiciel de paie.')).toEqual([]);
  });
});

describe('events: what the body a text created replaced', () => {
  it('« Le décret … du 22 juillet 2029 a créé la délégation X, qui a remplacé la mission Y »: replaced on the decree’s date', () => {
    expect(typedEvents('Le décret n° 2029-774 du 22 juillet 2029 a créé la délégation interministérielle aux outils et aux données des phares, des balises et des quais de l’État (DIOPB), qui a remplacé la mission Feux.')).toEqual(['creation 2029-07-22', 'replacement 2029-07-22']);
  });
  it('a relative clause with its own date keeps it', () => {
    expect(typedEvents('Le décret n° 2029-775 du 23 juillet 2029 a créé le service des quais (SQ), qui remplace depuis 2031 le bureau des digues.')).toEqual(['creation 2029-07-23', 'replacement 2031']);
  });
});

describe('events: a charge held since a date', () => {
  it('« Depuis mars 2030, nous exerçons la tutelle technique de … »: a start', () => {
    expect(typedEvents("Depuis mars 2030, nous exerçons la tutelle technique de l'office des phares.")).toEqual(['start 2030-03']);
    expect(typedEvents("L'agence exerce depuis 2029 la maîtrise d'ouvrage du réseau.")).toEqual(['start 2029']);
  });
});

describe('events: a list of dated news items', () => {
  const page = [
    '<h2>Actualités</h2>',
    '<article>',
    '  <p><time datetime="2031-06-02">2 juin 2031</time></p>',
    '  <h3>Nouvelle cheffe de mission</h3>',
    '  <p>Lina Morel est nommée cheffe de la mission Feux.</p>',
    '</article>',
    '<article>',
    '  <p><time datetime="2031-03-12">12/03/2031</time></p>',
    '  <h3>Lancement de Balise Rurale</h3>',
    '  <p>Le service entre en production dans 4 départements pilotes.</p>',
    '</article>',
    '<h2>Contact</h2>',
    '<p>Le service a été lancé avec les communes.</p>',
  ].join('\n');
  it('a sentence of an item without a date of its own happened on the item’s date', () => {
    expect(typedEvents(page)).toEqual(['appointment 2031-06-02', 'launch 2031-03-12']);
  });
  it('one date line is a page’s date, not a list: nothing inherited', () => {
    const post = ['# Nouvelle cheffe de mission', '', '2 juin 2031', '', '## La mission', '', 'Lina Morel est nommée cheffe de la mission Feux.'].join('\n');
    expect(typedEvents(post)).toEqual([]);
  });
  it('« Réuni le 14/10/2031, le comité … »: a meeting, not a merger', () => {
    expect(typedEvents('Réuni le 14/10/2031, le comité de pilotage a validé les priorités.')).toEqual(['other 2031-10-14']);
  });
});

describe('events: a procurement notice', () => {
  it('the same notice published in two places, the deadline, the conclusion and the start of the contract', () => {
    const text = [
      "**IV.2.1) Publication antérieure** : avis de marché publié sur le profil d'acheteur le 3 décembre 2030 (avis n° 30-201457) et au Journal officiel de l'Union européenne le 4 décembre 2030.",
      '',
      '**IV.2.8) Date limite de réception des offres** : 20 janvier 2031 à 12 h 00.',
      '',
      'Date de conclusion du marché : 22/04/2031',
      '',
      'Les marchés sont exécutés à compter du 1er juin 2031.',
    ].join('\n');
    expect(typedEvents(text)).toEqual(['publication 2030-12-03', 'publication 2030-12-04', 'other 2031-01-20', 'other 2031-04-22', 'start 2031-06-01']);
  });
  it('another act after « et » keeps its own type', () => {
    expect(typedEvents('Le marché a été publié le 3 mars 2031 et la direction a signé la convention le 5 mars 2031.')).toEqual(['publication 2031-03-03', 'other 2031-03-05']);
  });
});

describe('events: a calendar with dot leaders', () => {
  const text = [
    'Calendrier :',
    '  juillet 2030 ... arrivée des 7 premiers agents recrutés ;',
    '  fin 2031 ....... retrait définitif de Baromètre 360, dont la maintenance coûte 0,6 M€ par an ;',
    '  décembre 2032 .. clôture de la feuille de route.',
  ].join('\n');
  it('each line that opens with its date and dot leaders is an entry; « retrait définitif de X » withdraws a product', () => {
    expect(typedEvents(text)).toEqual(['other 2030-07', 'suppression 2031', 'other 2032-12']);
  });
  it('« le retrait des agents » withdraws no product; « paraîtra en mars » is a publication', () => {
    expect(typedEvents('Le retrait des agents de la mission en 2030 a été difficile.')).toEqual([]);
    expect(typedEvents('Le premier rapport paraîtra en mars 2031.')).toEqual(['publication 2031-03']);
  });
});

describe('events: review fixes of session 10', () => {
  it('« le retrait du Royaume-Uni », « le retrait de l’État du capital »: no product withdrawn', () => {
    expect(typedEvents("Le 31 janvier 2020, le retrait du Royaume-Uni de l'Union européenne a modifié les procédures.")).toEqual([]);
    expect(typedEvents("Le 1er mars 2025 marque le retrait de l'État du capital de la société.")).toEqual([]);
  });
  it('« la préfecture installe la fibre », « le préfet s’installe dans le bureau »: nothing created', () => {
    expect(typedEvents('Le 12 mai 2025, la préfecture installe la fibre optique dans le centre administratif.')).toEqual([]);
    expect(typedEvents("Le 2 septembre 2025, le nouveau préfet s'installe dans le bureau du cabinet.")).toEqual([]);
  });
  it('« Les bureaux A et B, réunis le 1er janvier au sein d’un même service » are merged', () => {
    expect(typedEvents("Les bureaux Alpha et Beta, réunis le 1er janvier 2024 au sein d'un même service, forment le service Gamma.")).toEqual(['merger 2024-01-01']);
  });
  it('« Mme X exerce depuis mars 2019 les fonctions de directrice »: no start of the agency', () => {
    expect(typedEvents("Mme Claire Durand exerce depuis mars 2019 les fonctions de directrice de l'agence Alpha.")).not.toContain('start 2019-03');
  });
  it('« Le service accueille Mme X, qui est responsable depuis mars 2024 de … »: her appointment', () => {
    expect(typedEvents('Le service accueille Mme Claire Durand, qui est responsable depuis mars 2024 de la cellule qualité.')).toEqual(['appointment 2024-03']);
  });
  it('a news item’s date is not what it announces for later nor what it tells of the past', () => {
    const text = ['# Actualités', '', '14 octobre 2025', '', '## Nouvelle version du portail Alpha', '', 'La plateforme Beta sera fermée définitivement.', '', '3 septembre 2025', '', '## Rencontre des référents', '', 'La mission Gamma a été créée pour accompagner les préfectures.'].join('\n');
    expect(typedEvents(text)).toEqual([]);
  });
});

describe('events: a minister’s announcements', () => {
  it('« nous créerons au 1er janvier 2032 un conseil … », « entrera pleinement en application le … »', () => {
    expect(typedEvents('Premièrement, nous créerons au 1er janvier 2032 un Conseil national du numérique littoral (CNNL).')).toEqual(['creation 2032-01-01']);
    expect(typedEvents('La loi n° 2030-412 du 3 juin 2030 entrera pleinement en application le 1er septembre 2031.')).toContain('start 2031-09-01');
  });
});

describe('events: a version withdrawn', () => {
  it('« La version 1 de l’API sera retirée le 30 septembre 2031 »: a suppression', () => {
    expect(typedEvents("La version 1 de l'API sera retirée le 30 septembre 2031.")).toEqual(['suppression 2031-09-30']);
  });
  it('« les usagers peuvent retirer leur titre dès le 3 mars »: no suppression', () => {
    expect(typedEvents('Les usagers peuvent retirer leur titre en mairie dès le 3 mars 2031.')).not.toContain('suppression 2031-03-03');
  });
});

describe('events: reorganisations and appointments by an act', () => {
  it('« A et B fusionnent au sein d’une nouvelle direction X »: a merger and the creation of X', () => {
    expect(typedEvents("À compter du 1er janvier 2031, la plateforme des phares (PRP) et la mission des balises (MRB) fusionnent au sein d'une nouvelle direction régionale des feux (DRF).")).toEqual([
      'merger 2031-01-01',
      'creation 2031-01-01',
    ]);
  });
  it('« Le même décret a supprimé, à compter de la même date, le conseil X »: the date of the sentence before', () => {
    expect(typedEvents("Le décret n° 2030-611 du 27 juin 2030 a créé l'agence des quais (AQ). Le même décret a supprimé, à compter de la même date, le conseil des digues (CDD).")).toEqual(['creation 2030-06-27', 'suppression 2030-06-27']);
  });
  it('« M. X, chef de Y depuis 2019, a été nommé directeur … par arrêté du préfet du 12 novembre 2031 »: the act’s date', () => {
    expect(typedEvents('M. Erwan Le Goff, chef de la plateforme des phares depuis 2019, a été nommé directeur régional des feux par arrêté du préfet de région du 12 novembre 2031.')).toContain('appointment 2031-11-12');
  });
});

describe('events: targets and tables of projects', () => {
  it('« d’ici 2028, principalement par la fermeture de deux centres, à Cergy en 2031 puis à Mâcon en 2032 »: the dates of what happens', () => {
    expect(typedEvents("Nous attendons 11 M€ d'économies d'ici 2033, principalement par la fermeture de deux centres de données sur quatre, à Cergy en 2031 puis à Mâcon en 2032.")).toEqual(['suppression 2031', 'suppression 2032']);
  });
  it('a table with several columns of dates (« | Lancement | Fin prévue | »): an event per row and column', () => {
    const text = ['| Projet | Ministère | Lancement | Fin prévue |', '| --- | --- | --- | --- |', '| Boréal | Comptes publics | 2029 | 2033 |'].join('\n');
    expect(typedEvents(text)).toEqual(['launch 2029', 'other 2033']);
  });
});

describe('events: a plain-text newsletter', () => {
  it('a year wrapped onto the next line (« prévue au premier trimestre ⏎ 2026. ») is read with its sentence', () => {
    expect(typedEvents('La généralisation aux 23 centres est prévue au premier trimestre\n2031. Le projet a coûté 2,3 millions d’euros.')).toEqual(['launch 2031-01/2031-03']);
  });
  it('an agenda line with a place or a time before its colon (« - 9 décembre 2031, Brest : 4e Rencontres … »)', () => {
    expect(typedEvents('- 9 décembre 2031, Brest : 4e Rencontres numériques de la Mer, environ 250 participants.')).toEqual(['other 2031-12-09']);
  });
  it('« le logiciel Nautil, en service depuis 2004 »: in use since then', () => {
    expect(typedEvents('Le logiciel Nautil est en service depuis 2004.')).toEqual(['launch 2004']);
  });
});

describe('events: a speech’s past and a call’s calendar', () => {
  it('« Il y a deux ans, mon prédécesseur lançait le plan X » (the document of 2031): 2029', () => {
    expect(typedEvents('Il y a deux ans, mon prédécesseur lançait le plan « Phares ».', '2031-05-14')).toEqual(['launch 2029']);
  });
  it('« L’appel à projets ouvrira le 2 février et se clôturera le 30 avril »', () => {
    expect(typedEvents('Le premier appel à projets ouvrira le 2 février 2031 et se clôturera le 30 avril 2031.')).toEqual(['launch 2031-02-02', 'other 2031-04-30']);
  });
});

describe('events: acts, counts and gatherings (session 11)', () => {
  it('dates a body created by an act with the act’s date, and « a repris les missions de » as a replacement', () => {
    expect(typedEvents("L'office, créé par le décret n° 2021-88 du 3 février 2021, a repris au 1er avril 2021 les missions du service des cartes.")).toEqual([
      'creation 2021-02-03',
      'replacement 2021-04-01',
    ]);
  });

  it('reads no event in the repeal of an act that is no legal text of the datasets (« la décision du … est abrogée »)', () => {
    expect(typedEvents('La décision du 2 mai 2022 portant délégation de signature (direction des achats) est abrogée.')).toEqual([]);
  });

  it('reads no creation in things counted (« 12 000 comptes ont été créés ») and no merger in people gathered by a count', () => {
    expect(typedEvents('Depuis le 4 avril 2024, 12 000 comptes ont été créés.')).not.toContain('creation 2024-04-04');
    expect(typedEvents('Le salon, qui réunit cette année plus de 900 participants, ouvre ses portes.', '2025-05-02')).not.toContain('merger 2025');
  });
});

describe('events: a product stopped for good (session 11)', () => {
  it('reads « arrêt définitif de X » and « décommissionnement » as a suppression, not « l’arrêt du Conseil d’État »', () => {
    expect(typedEvents('- 31 mars 2026 : arrêt définitif de GESPORT')).toEqual(['suppression 2026-03-31']);
    expect(typedEvents('La version 2 de l’API sera décommissionnée le 30 juin 2026.')).toEqual(['suppression 2026-06-30']);
    expect(typedEvents('Par un arrêt du Conseil d’État du 4 mars 2024, la requête a été rejetée.')).not.toContain('suppression 2024-03-04');
  });
});

describe('events: opened to a public on a date (session 11)', () => {
  it('reads « Ouvert à l’ensemble de la région le 2 avril 2024 » as a launch', () => {
    expect(typedEvents('Le service Signal Route a été ouvert aux communes du département le 2 avril 2024.')).toEqual(['launch 2024-04-02']);
    expect(typedEvents('Ouvert à l’ensemble de la région le 3 mai 2025 ; 112 communes raccordées.')).toEqual(['launch 2025-05-03']);
  });
});

describe('events: a letter of mission’s futures, a council gathered (session 11)', () => {
  it('reads « Vous publierez au premier trimestre 2026 », « Vous lancerez … », « nous ouvrirons … » as what they say', () => {
    expect(typedEvents('Vous publierez au premier trimestre 2026 un référentiel de qualité.')).toEqual(['publication 2026-01/2026-03']);
    expect(typedEvents('Vous lancerez au second semestre 2026 le programme « Talents ».')).toEqual(['launch 2026-07/2026-12']);
    expect(typedEvents('Nous ouvrirons en septembre 2026 un incubateur interne.')).toEqual(['launch 2026-09']);
  });

  it('reads no merger in « Le Président a réuni le Conseil des ministres le 4 mars 2026 »', () => {
    expect(typedEvents('Le Président de la République a réuni le Conseil des ministres le mercredi 4 mars 2026.')).not.toContain('merger 2026-03-04');
  });
});

describe('events: a calendar table whose rows say what happens (session 11)', () => {
  it('types each row by its label when the date column says nothing (« Échéance »)', () => {
    const table = ['| Étape | Échéance |', '|---|---|', '| Ouverture des candidatures | 3 mars 2026 |', '| Comité de sélection | juin 2026 |', '| Démarrage des projets | 31 décembre 2026 |'].join('\n');
    const types = new Set(typedEvents(table));
    expect(types).toEqual(new Set(['launch 2026-03-03', 'other 2026-06', 'start 2026-12-31']));
  });
});

describe('events: review fixes of session 11', () => {
  it('keeps a merger of bodies « regroupe … en une … », a creation after a year and a comma, and reads no replacement in a note that « reprend » competences', () => {
    expect(typedEvents('Le 1er janvier 2024, le décret regroupe les commissions régionales en une commission nationale.')).toEqual(['merger 2024-01-01']);
    expect(typedEvents('Le 1er avril 2010, les agences ont été créées par la loi.')).toEqual(['creation 2010-04-01']);
    expect(typedEvents('La note du 3 mars 2024 reprend les compétences du bureau des affaires juridiques.')).toEqual([]);
  });
});

describe('events: a body at work (session 11)', () => {
  it('reads « l’agence a commencé ses activités le 1er janvier 2020 » and « est entré en activité en mars 2021 » as starts', () => {
    expect(typedEvents("Créée par le décret n° 2019-1544 du 30 décembre 2019, l'agence a commencé ses activités le 1er janvier 2020.")).toEqual(['creation 2019-12-30', 'start 2020-01-01']);
    expect(typedEvents('Le centre est entré en activité en mars 2021.')).toEqual(['start 2021-03']);
  });
});

describe('events: a table row read once (session 11)', () => {
  it('reads a row of a table with a date column once, not again as a sentence whose subject is another cell', () => {
    const table = ['| Projet | Unité | Fin |', '|---|---|---|', '| Registre des exploitations | SDPA | T4 2027 |'].join('\n');
    const events = run(table);
    expect(events.map((e) => e.data.date.value)).toEqual(['2027-10/2027-12']);
    expect(events[0]!.data.subject_name).toBe('Registre des exploitations');
  });
});

describe('events: what a letter of mission asks for by a date (session 11)', () => {
  it('reads « Vous me présenterez en juin 2026 … », « vous établirez avant le 31 mars 2026 … » as planned events, a publication as a publication', () => {
    expect(typedEvents('Vous me présenterez en juin 2026 un schéma directeur.')).toEqual(['other 2026-06']);
    expect(typedEvents('Avec le centre, vous établirez avant le 31 mars 2026 un plan de remédiation.')).toEqual(['other 2026-03-31']);
    expect(typedEvents('Vous publierez au premier trimestre 2026 un référentiel.')).toEqual(['publication 2026-01/2026-03']);
  });
});

describe('events: a body an act creates with an indefinite article, and an encyclopedia’s categories (session 12)', () => {
  it('names the body of « portant création d’une mission pour l’archivage commun des ministères », not a status (« d’un service à compétence nationale »)', () => {
    const [created] = run("Décret n° 2006-311 du 3 avril 2006 portant création d'une mission pour l'archivage commun des ministères.");
    expect(created!.data.type).toBe('creation');
    expect(created!.data.subject).toEqual({ name: "mission pour l'archivage commun des ministères" });
    const [status] = run("Décret n° 2006-311 du 3 avril 2006 portant création d'un service à compétence nationale dénommé « Atelier ».");
    expect(status!.data.subject).toBeNull();
  });

  it('reads no event in a « Catégories : » line (« Organisme fondé en 2011 | Organisme disparu en 2022 »)', () => {
    expect(typedEvents('Catégories : Administration publique en France | Organisme fondé en 2011 | Organisme disparu en 2022')).toEqual([]);
    expect(typedEvents("L'office est fondé en 2011.")).toEqual(['creation 2011']);
  });
});

describe('events: a table whose first column numbers the rows (session 12)', () => {
  it('names a row’s event by the column after its number (« | 1.2 | Ouvrir le guichet X | DPN | T2 2026 | »), not by the number', () => {
    const table = ['| # | Action | Pilote | Échéance |', '|---|---|---|---|', '| 1.2 | Ouvrir le guichet « Relais » | DPN | T2 2026 |', '| A3 | Publier le référentiel | MPP | 3 mars 2026 |'].join('\n');
    expect(run(table).map((e) => `${e.data.subject_name} | ${e.data.date.value}`)).toEqual(['Ouvrir le guichet « Relais » | 2026-04/2026-06', 'Publier le référentiel | 2026-03-03']);
    // (A first column of names stays the subject: « | Projet Alpha | 2027 | ».)
    expect(run(['| Projet | Livraison |', '|---|---|', '| Alpha 2 | mars 2027 |'].join('\n')).map((e) => e.data.subject_name)).toEqual(['Alpha 2']);
  });
});

describe('events: a Journal officiel’s measures (session 12)', () => {
  it('reads the end of a term with its holder (« il est mis fin, à compter du …, aux fonctions … exercées par M. X ») and a renewed term', () => {
    const ended = run("Par le même arrêté, il est mis fin, à compter du 31 mars 2026, aux fonctions de chef du bureau des phares exercées par M. Gilles FAVROT, appelé à d'autres fonctions.");
    expect(ended.map((e) => `${e.data.type} ${e.data.date.value} ${e.data.subject_name}`)).toEqual(['other 2026-03-31 Gilles FAVROT']);
    expect(ended[0]!.data.subject).toBeNull();
    expect(typedEvents('M. Loïc FERRANDI est renouvelé dans ses fonctions de sous-directeur des ponts, à compter du 1er mai 2026, pour une durée de deux ans.')).toEqual(['appointment 2026-05-01']);
  });
});

describe('events: a table of projects with a start column (session 12)', () => {
  it('reads « | Projet | Début | Fin | » rows as each project’s start, and its end as another event', () => {
    const table = ['| Projet | Unité porteuse | Début | Fin |', '|---|---|---|---|', '| Portail des ponts | DSI | janvier 2025 | juin 2026 |'].join('\n');
    expect(run(table).map((e) => `${e.data.type} ${e.data.date.value} ${e.data.subject_name}`)).toEqual(['start 2025-01 Portail des ponts', 'other 2026-06 Portail des ponts']);
  });
});

describe('events: a calendar whose first column holds the dates (session 12)', () => {
  it('reads « | Date | Étape | » rows, typed by the step (« Début de … » a start), not a series of figures by year', () => {
    // (An HTML table: each cell is a sentence of its own; a pipe row is one sentence, read by the sentence rules.)
    const calendar = ['<table><tr><th>Date</th><th>Étape</th></tr>', '<tr><td>Septembre 2025</td><td>Début de la construction du service</td></tr>', '<tr><td>5 janvier 2026</td><td>Ouverture de la version bêta</td></tr></table>'].join('\n');
    expect(run(calendar).map((e) => `${e.data.type} ${e.data.date.value} ${e.data.subject_name}`)).toEqual([
      'start 2025-09 Début de la construction du service',
      'launch 2026-01-05 Ouverture de la version bêta',
    ]);
    expect(run(['<table><tr><th>Année</th><th>Crédits (M€)</th></tr>', '<tr><td>2019</td><td>38,0</td></tr></table>'].join('\n'))).toEqual([]);
  });
});

describe('events: the indefinite article of a body created, review of session 12', () => {
  it('keeps the article of what a sentence creates when a body is named only further on (« d’un fonds … géré par la mission … »)', () => {
    const [created] = run("Décret n° 2026-14 du 3 mars 2026 portant création d'un fonds d'innovation géré par la mission pour la transformation publique.");
    expect(created?.data.subject).toBeNull();
    expect(created?.data.subject_name).toBe("un fonds d'innovation géré");
  });
});

describe('events: a document’s own dates and versions (session 12)', () => {
  it('reads no event in « Date de publication sur le site : 4 mars 2026 », « Mis à jour le … » nor in the versions of a consolidated text', () => {
    expect(typedEvents('Nature de la délibération : avis – Date de publication sur le site : 4 mars 2026')).toEqual([]);
    expect(typedEvents('- Version du 6 février 2025 au 12 décembre 2025\n- Version en vigueur au 26 novembre 2026 : depuis le 13 décembre 2025')).toEqual([]);
    expect(typedEvents('Le service a été lancé le 3 mars 2026. Page mise à jour le 5 mars 2026.')).toEqual(['launch 2026-03-03']);
  });
});

describe('events: an act that appoints several people, or from a later day (session 12)', () => {
  it('reads one appointment per person an act names (« Sont nommés membres … : - M. A ; - Mme B. »), dated by the act, not the one replaced', () => {
    const text = [
      'Arrêté du 2 mars 2026 portant nomination au conseil d’administration de l’Office des phares',
      '',
      'Article 1',
      '',
      'Sont nommés membres du conseil d’administration de l’Office des phares, pour une durée de trois ans :',
      '',
      '1° En qualité de représentant de l’Etat : Mme Solène MARQUIER, en remplacement de M. Arnaud Delattre ;',
      '',
      '2° En qualité de personnalités qualifiées :',
      '- M. Rémi CASTAING ;',
      '- Mme Laure PICHON-DALLAS.',
      '',
      'Article 2',
      '',
      'Le présent arrêté sera publié au Journal officiel.',
    ].join('\n');
    expect(run(text).filter((e) => e.data.type === 'appointment').map((e) => `${e.data.date.value} ${e.data.subject_name}`)).toEqual([
      '2026-03-02 Solène MARQUIER',
      '2026-03-02 Rémi CASTAING',
      '2026-03-02 Laure PICHON-DALLAS',
    ]);
  });

  it('dates an appointment « à compter du » the day it takes effect, not also by the act’s title', () => {
    const text = ['Arrêté du 3 mars 2026 portant nomination du directeur de l’Office des phares', '', 'Par arrêté du 3 mars 2026, M. Yves LE GOFF est nommé directeur de l’Office des phares, à compter du 16 mars 2026.'].join('\n');
    expect(typedEvents(text)).toEqual(['appointment 2026-03-16']);
  });
});

describe('events: an HTML timeline of <time datetime> elements, « met en service » (session 13)', () => {
  it('dates what each item tells by its element’s datetime, a bare year included; the verb of « mise en service » launches', () => {
    const html = [
      '<ol class="frise">',
      '  <li><time datetime="2009">2009</time><h3>Les débuts</h3><p>Création d’une cellule « Données du littoral » au sein de la direction des ports.</p></li>',
      '  <li><time datetime="2014-02-03">3 février 2014</time><h3>Un premier service</h3><p>La cellule met en service Rade-Info, le portail des avis aux navigateurs.</p></li>',
      '  <li><time datetime="2018-09">Septembre 2018</time><h3>Un nouveau nom</h3><p>La cellule prend le nom de bureau des données maritimes.</p></li>',
      '</ol>',
    ].join('\n');
    expect(typedEvents(html)).toEqual(['creation 2009', 'launch 2014-02-03', 'renaming 2018-09']);
    expect(typedEvents('Le bureau met en ligne le guichet Escale le 4 mai 2021.')).toEqual(['launch 2021-05-04']);
  });
});

describe('events: a year said in words after its month (a transcript, session 13)', () => {
  it('dates « en juin deux mille vingt-quatre » and « le premier mars deux mille vingt-six », quoting the words; a count stays a count', () => {
    const found = run("On l'a lancé en juin deux mille vingt-quatre. Le premier mars deux mille vingt-six, l'arrêté entre en vigueur.");
    expect(found.map((e) => `${e.data.type} ${e.data.date.value} «${e.quote}»`)).toEqual([
      'launch 2024-06 «lancé en juin deux mille vingt-quatre»',
      'start 2026-03-01 «premier mars deux mille vingt-six, l\'arrêté entre en vigueur»',
    ]);
    expect(run('On a formé deux mille quatre cents agents en mars.')).toEqual([]);
  });
});

describe('events: a month written with digits in a column of dates (session 13)', () => {
  it('reads « 2023-09 » and « 06/2023 » under « Date de lancement » as months', () => {
    const table = ['| Projet | Date de lancement |', '|---|---|', '| Quai-Net | 2023-09 |', '| Rade-Info | 06/2023 |'].join('\n');
    expect(run(table).map((e) => `${e.data.type} ${e.data.date.value} ${e.data.subject_name}`)).toEqual(['launch 2023-09 Quai-Net', 'launch 2023-06 Rade-Info']);
  });
});
