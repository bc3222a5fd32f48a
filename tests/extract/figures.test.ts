import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresExtractor, parseSpelledNumber } from '../../pipeline/stages/extract/extractors/figures.ts';
import type { Fact, FactData, SourceDocument } from '../../pipeline/types/domain.ts';

function doc(text: string, date: string | null = '2024-06-01'): SourceDocument {
  return { id: 'test', file: 'test.md', title: null, language: 'fr', origin: null, licence: null, date, sha256: '0'.repeat(64), text };
}

type Figure = Extract<FactData, { kind: 'figure' }>;

function run(text: string): Array<{ quote: string; data: Figure }> {
  const { facts, issues } = figuresExtractor.extract(doc(text));
  expect(issues).toEqual([]);
  expectExactQuotes(text, facts);
  return facts.map((f) => ({ quote: f.quote, data: f.data as Figure }));
}

function expectExactQuotes(text: string, facts: Fact[]): void {
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.extractor).toBe('figures');
  }
}

/** [quote, value, unit, qualifier, measure] */
const brief = (f: { quote: string; data: Figure }) => [f.quote, f.data.value, f.data.unit, f.data.qualifier, f.data.measure];

describe('figuresExtractor', () => {
  describe('seed sentences', () => {
    it('finds « près de 14 000 sites » (NBSP separator) and « près d’un million d’utilisateurs internes » (seed 001)', () => {
      const text =
        "réseau desservant l'ensemble des services de l'État – près de 14\u00a0000 sites sur le territoire national (DROM et COM inclus), pour près d'un million d'utilisateurs internes - disposant d'une épine dorsale";
      expect(run(text).map(brief)).toEqual([
        ['près de 14\u00a0000 sites', 14000, 'sites', 'près de', 'sites'],
        ["près d'un million d'utilisateurs", 1000000, 'utilisateurs', 'près de', 'utilisateurs internes'],
      ]);
    });

    it('finds « une vingtaine d’agents » and « 4 pôles » (seed 001)', () => {
      expect(run('Composé d’une vingtaine d’agents, il est structuré en 4 pôles, qui portent chacun un axe fort').map(brief)).toEqual([
        ['une vingtaine d’agents', 20, 'agents', 'une vingtaine', 'agents'],
        ['4 pôles', 4, 'pôles', null, 'pôles'],
      ]);
    });

    it('finds spelled counts (seeds 001, 002)', () => {
      expect(run('Elle comprend six départements stratégiques :').map(brief)).toEqual([
        ['six départements', 6, 'départements', null, 'départements stratégiques'],
      ]);
      expect(run('Trois types de dispositifs existent, qui peuvent être combinés').map(brief)).toEqual([
        ['Trois types', 3, 'types', null, 'types de dispositifs'],
      ]);
      expect(run('la DINUM comprend six départements et trois missions[16] :').map((f) => [f.data.value, f.data.unit])).toEqual([
        [6, 'départements'],
        [3, 'missions'],
      ]);
    });

    it('finds « 3 priorités » (seed 001)', () => {
      expect(run('en visant particulièrement 3 priorités :').map(brief)).toEqual([['3 priorités', 3, 'priorités', null, 'priorités']]);
    });

    it('finds a percentage and the noun phrase before its verb (seed 003)', () => {
      expect(run("- Les coûts de maintenance atteignent 90 % dans certaines DSI, la dette technologique devient insupportable").map(brief)).toEqual([
        ['90 %', 90, '%', null, 'coûts de maintenance'],
      ]);
    });

    it('finds « 100% des procédures » with emphasis around it (seed 003)', () => {
      expect(run('- a Refondre les parcours citoyens (**100% des procédures dématérialisées, UX best-in-class**)').map(brief)).toEqual([
        ['100%', 100, '%', null, 'procédures dématérialisées'],
      ]);
    });

    it('does not read « autour de » as an approximation (seed 003: « structurée autour de 4 piliers »)', () => {
      expect(run('- Une offre en cours de définition structurée autour de 4 piliers').map(brief)).toEqual([['4 piliers', 4, 'piliers', null, 'piliers']]);
    });

    it('skips slide numbering, version numbers and programme names with a year (seed 003)', () => {
      const text =
        "1 **Se rapprocher des citoyens** grâce au numérique\n\n2 **Structurer la transformation RH**\n\n- a Transformer l'environnement de travail (**ETNA 3.0**)\n- b Renforcer les compétences (**Compétences 2025**)\n\nACTION  \nPUBLIQUE  \n2022\n";
      expect(run(text)).toEqual([]);
    });

    it('skips a decree number, a date and a version (seeds 001, 004)', () => {
      expect(run('décret n° 2023-304 du 22 avril 2023 ; migration des sites vers le RIE 2.0 ; Les ambitions de la DNUM 2023-2027')).toEqual([]);
    });
  });

  describe('forms of the genre', () => {
    it('keeps symbol units as written and normalises money to euros', () => {
      const found = run('Le budget du programme s’élève à 1,5 Md€ en 2022, dont 774 K€ de fonctionnement et 3 M€ d’investissement.');
      expect(found.map(brief)).toEqual([
        ['1,5 Md€', 1.5, 'Md€', null, 'budget du programme'],
        ['774 K€', 774, 'K€', null, 'fonctionnement'],
        ['3 M€', 3, 'M€', null, 'investissement'],
      ]);
      expect(found.map((f) => f.data.normalised)).toEqual([
        { value: 1.5e9, unit: '€' },
        { value: 774000, unit: '€' },
        { value: 3e6, unit: '€' },
      ]);
    });

    it('reads the measure of an amount after « pour un … de »', () => {
      expect(run('Il compte 1 200 agents, pour un budget annuel de 95 M€.').map(brief)).toEqual([
        ['1 200 agents', 1200, 'agents', null, 'agents'],
        ['95 M€', 95, 'M€', null, 'budget annuel'],
      ]);
    });

    it('reads the measure of an amount from the last noun phrase before « de »', () => {
      expect(run("L'agence emploie 150 agents et dispose d'un budget de 240 millions d'euros.").map(brief)).toEqual([
        ['150 agents', 150, 'agents', null, 'agents'],
        ["240 millions d'euros", 240e6, 'euros', null, 'budget'],
      ]);
    });

    it('multiplies word scales into the value', () => {
      const found = run('La base compte 25 millions d’adresses et a coûté 2,5 milliards d’euros.');
      expect(found.map(brief)).toEqual([
        ['25 millions d’adresses', 25e6, 'adresses', null, 'adresses'],
        ['2,5 milliards d’euros', 2.5e9, 'euros', null, null],
      ]);
      expect(found[1]!.data.normalised).toEqual({ value: 2.5e9, unit: '€' });
    });

    it('reads thousands with spaces, narrow spaces and dots, and decimal commas', () => {
      expect(run('Le réseau dessert 1.500 sites, 12\u202f300 postes et 2 500 agents, soit 12,5 % des effectifs.').map(brief)).toEqual([
        ['1.500 sites', 1500, 'sites', null, 'sites'],
        ['12\u202f300 postes', 12300, 'postes', null, 'postes'],
        ['2 500 agents', 2500, 'agents', null, 'agents'],
        ['12,5 %', 12.5, '%', null, 'effectifs'],
      ]);
    });

    it('keeps qualifiers', () => {
      expect(
        run('plus de 3 000 utilisateurs, environ 40 projets, jusqu’à 15 jours, au moins 2 référents et moins d’une centaine d’experts').map((f) => [
          f.data.value,
          f.data.qualifier,
        ]),
      ).toEqual([
        [3000, 'plus de'],
        [40, 'environ'],
        [15, "jusqu'à"],
        [2, 'au moins'],
        [100, "moins d'une centaine"],
      ]);
    });

    it('reads compound spelled numbers and prenominal adjectives', () => {
      expect(run('vingt et un agents, deux cent cinquante postes, trois grands composants').map(brief)).toEqual([
        ['vingt et un agents', 21, 'agents', null, 'agents'],
        ['deux cent cinquante postes', 250, 'postes', null, 'postes'],
        ['trois grands composants', 3, 'composants', null, 'grands composants'],
      ]);
    });

    it('finds a count in a table cell and an acronym unit', () => {
      expect(run('Pôle\tEffectif\nAchats\t12 agents\nLe ministère compte 4 DSI.').map((f) => [f.data.value, f.data.unit])).toEqual([
        [12, 'agents'],
        [4, 'DSI'],
      ]);
    });

    it('takes the label of a « label : value » line or the first cell of a table row as measure', () => {
      expect(run('* Taux de satisfaction : 87 %.\n\n| Indicateur | Valeur |\n|---|---|\n| Budget 2022 | 312 M€ |\n| Agents | 1 850 |').map(brief)).toEqual([
        ['87 %', 87, '%', null, 'Taux de satisfaction'],
        ['312 M€', 312, 'M€', null, 'Budget 2022'],
        // A bare count in a table cell counts what its row label names.
        ['1 850', 1850, 'agents', null, 'Agents'],
      ]);
    });

    it('reads « pour cent » as %', () => {
      expect(run('Un taux de disponibilité de 99,9 pour cent est garanti.').map(brief)).toEqual([
        ['99,9 pour cent', 99.9, '%', null, 'taux de disponibilité'],
      ]);
    });
  });

  describe('what is not a figure', () => {
    it('skips phone numbers, times, article and page numbers', () => {
      expect(run('Tél. : 01 40 15 20 19 ou +33 1 42 75 80 00. Rendez-vous à 14h30 ou 9:15. Voir l’article 3 du décret et la page 12 du rapport.')).toEqual(
        [],
      );
    });

    it('skips years and dates, even followed by a noun', () => {
      expect(run('En 2019 les ministères ont publié 2 rapports ; le 25 octobre 2019 ; depuis deux ans.').map((f) => f.quote)).toEqual(['2 rapports']);
    });

    it('skips frequencies', () => {
      expect(run('Le comité se réunit tous les deux ans et toutes les 6 semaines.')).toEqual([]);
    });

    it('skips numbers glued to letters, ordinals and bare numbers', () => {
      expect(run('la 4G, le 2e étage, la 3ème réunion, le COVID-19, les 3 sont prêts, 42.')).toEqual([]);
    });

    it('skips « un » / « une » as articles and numbers inside URLs or e-mails', () => {
      expect(run('un agent, une mission, https://x.fr/rapport-2019/12-sites et contact2019@x.fr')).toEqual([]);
    });

    it('skips list numbering with a dot or parenthesis', () => {
      expect(run('1. Premier axe\n2) Second axe\n  3. Les équipes')).toEqual([]);
    });
  });

  describe('parseSpelledNumber', () => {
    it('parses French number words', () => {
      expect(parseSpelledNumber('six')).toBe(6);
      expect(parseSpelledNumber('vingt et un')).toBe(21);
      expect(parseSpelledNumber('soixante-dix')).toBe(70);
      expect(parseSpelledNumber('quatre-vingt-dix-neuf')).toBe(99);
      expect(parseSpelledNumber('deux cent cinquante')).toBe(250);
      expect(parseSpelledNumber('trois mille deux cents')).toBe(3200);
      expect(parseSpelledNumber('quatre-vingts')).toBe(80);
      expect(parseSpelledNumber('beaucoup')).toBeUndefined();
    });
  });

  describe('properties', () => {
    const tokens = fc.constantFrom(
      'près de ', '14 000', ' sites', "d'un million", " d'utilisateurs", '90', ' %', '1,5', ' Md€', 'six', ' départements', '2019',
      '-', '1088', 'n° ', ' ', '\n', '1. ', '- ', '.', ',', 'une vingtaine', " d'agents", '\u00a0', '2.0', '01 40 15 20 19', '\t',
    );
    it('never throws and every quote is the text at its offsets', () => {
      fc.assert(
        fc.property(fc.string({ unit: tokens, maxLength: 30 }), (text) => {
          const { facts } = figuresExtractor.extract(doc(text));
          expectExactQuotes(text, facts);
          for (const f of facts) expect(Number.isFinite((f.data as Figure).value)).toBe(true);
        }),
      );
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
          expectExactQuotes(text, figuresExtractor.extract(doc(text)).facts);
        }),
      );
    });
  });
});

describe('figures: « en ligne » in what a count measures', () => {
  it('keeps « en ligne » with the noun (« démarches en ligne »), not « en ligne de mire »', () => {
    const measures = (text: string) => run(text).map((f) => f.data.measure);
    expect(measures('Près de 40 556 démarches en ligne ont été accompagnées au cours de l’année.')).toEqual(['démarches en ligne']);
    expect(measures('En 2023, 1 200 services en ligne ont été recensés.')).toEqual(['services en ligne']);
    expect(measures('Le plan vise 300 agents en ligne de mire.')).toEqual(['agents']);
  });
});

describe('figures: the prose fields of the front matter', () => {
  it('reads a title and a description, not the other fields', () => {
    const text = [
      '---',
      "title: 'Retour en chiffres sur 3 années du programme'",
      'description: "Un bilan de 12 projets accompagnés"',
      'tags: 40 agents',
      'weight: 7 niveaux',
      '---',
      'Le programme compte 25 agents.',
    ].join('\n');
    expect(run(text).map((f) => f.quote)).toEqual(['3 années', '12 projets', '25 agents']);
  });

  it('keeps a multi-line or empty field blank', () => {
    const text = ['---', 'title: >-', '  Bilan de 5 projets', 'summary:', '---', 'Texte.'].join('\n');
    expect(run(text)).toEqual([]);
  });
});

describe('figures: counts in key-figure tables', () => {
  it('reads a bare count (and a rate) in the cell after a plural label, in pipe and tab tables', () => {
    const text = [
      '| Indicateur | Valeur |',
      '| --- | --- |',
      '| Applications en production | 180 |',
      '| Tickets traités | 45 000 par an |',
      "| Nombre d'agents | 450 |",
      '',
      'Sites\t12',
    ].join('\n');
    expect(run(text).map((f) => [f.quote, f.data.value, f.data.unit, f.data.measure])).toEqual([
      ['180', 180, 'applications', 'Applications en production'],
      ['45 000 par an', 45000, 'tickets', 'Tickets traités'],
      ['450', 450, 'agents', "Nombre d'agents"],
      ['12', 12, 'sites', 'Sites'],
    ]);
  });

  it('leaves years, singular labels, rates and amounts without a unit; reads the later columns of a row of numbers', () => {
    const text = ['| Effectifs | 2019 | 2020 |', '| --- | --- | --- |', '| Agents | 450 | 470 |', '| Année | 2019 |', '| Numéro | 12 |', '| Délais | 3 |', '| Taux | 4 |'].join('\n');
    expect(run(text).map((f) => f.quote)).toEqual(['450', '470']);
  });
});

describe('figures: what changed by a percentage', () => {
  it('reads the measure after « réduit de 30 % le … », and before it otherwise', () => {
    expect(run('« Nous avons réduit de 30 % le délai de traitement », dit-il. Le budget a augmenté de 12 % en 2023.').map((f) => [f.quote, f.data.measure])).toEqual([
      ['30 %', 'délai de traitement'],
      ['12 %', 'budget'],
    ]);
  });
});

describe('figures: the measure after an indefinite article', () => {
  it('drops a whole « une », not its first two letters (« soit une hausse de 50 % »)', () => {
    expect(run('Le budget a progressé, soit une hausse de 50 %. Il compte une part de 25 %.').map((f) => [f.quote, f.data.measure])).toEqual([
      ['50 %', 'hausse'],
      ['25 %', 'part'],
    ]);
  });
});

describe('figures: money amounts in euros without binary noise', () => {
  it('normalises « 4,1 Md€ », « 0,3 M€ » and « 1,15 milliard d’euros » to whole euros', () => {
    const values = run("Les crédits s'élevaient à 4,1 Md€, dont 0,3 M€ de frais et 1,15 milliard d'euros d'investissements.").map((f) => f.data.normalised?.value);
    expect(values).toEqual([4_100_000_000, 300_000, 1_150_000_000]);
  });
});

describe('figures: a « de » is a whole word', () => {
  it('reads no measure « puis 2020 » in « en hausse de 12 % depuis 2020 »', () => {
    const [f] = run('Le coût atteint 3 milliards, en hausse de 12 % depuis 2020.').filter((x) => x.data.unit === '%');
    expect(f!.data.measure).not.toMatch(/puis/);
  });
});

describe('figures: targets', () => {
  it('reads the measure of « Le taux de X devra atteindre 80 % en 2027 »', () => {
    const [f] = run('Le taux de satisfaction des usagers devra atteindre 80 % en 2027.');
    expect(f!.data.measure).toBe('taux de satisfaction des usagers');
  });
});

describe('figures: tables of key figures with one column per year', () => {
  it('reads every number of a row under its label, and never takes the next cell for a unit', () => {
    const text = ['| Indicateur | 2022 | 2023 |', '|---|---|---|', '| Agents (ETP) | 164 | 187 |', '| Ministères clients | 11 | 13 |'].join('\n');
    expect(run(text).map((f) => `${f.data.value} ${f.data.unit}`)).toEqual(['164 agents', '187 agents', '11 ministères', '13 ministères']);
    const tabs = 'Exercice\tCoût prévisionnel\tDépenses cumulées\n2020\t205,3\t97,8\n';
    expect(run(tabs).filter((f) => f.data.unit === '97')).toEqual([]);
  });
});

describe('figures: units stated by a table, and key-figure components', () => {
  const brief = (text: string) => run(text).map((f) => `${f.data.value} ${f.data.unit} | ${f.data.measure}${f.data.normalised ? ` = ${f.data.normalised.value} €` : ''}`);

  it('reads the bare numbers of a table whose caption or column header states the unit', () => {
    const text = [
      'Tableau 2 – Crédits du programme Escale (en M€)',
      '',
      'Exercice\tCrédits ouverts\tCrédits consommés',
      '2024\t12,5\t9,8',
      '',
      '| Année | Budget (k€) | Agents |',
      '|---|---|---|',
      '| 2025 | 1 250 | 12 |',
    ].join('\n');
    expect(brief(text)).toEqual([
      '12.5 M€ | Crédits ouverts 2024 = 12500000 €',
      '9.8 M€ | Crédits consommés 2024 = 9800000 €',
      '1250 k€ | Budget 2025 = 1250000 €',
      '12 agents | Agents 2025',
    ]);
    // A row may state its own unit.
    expect(brief('| Indicateur | 2024 | 2025 |\n|---|---|---|\n| Budget (M€) | 2,1 | 2,4 |')).toEqual(['2.1 M€ | Budget 2024 = 2100000 €', '2.4 M€ | Budget 2025 = 2400000 €']);
    // Without a stated unit, a bare number in a cell counts nothing.
    expect(brief('Exercice\tCrédits ouverts\n2024\t12,5')).toEqual([]);
  });

  it('reads <Chiffre valeur="…" legende="…" /> components', () => {
    const text = '<Chiffres>\n  <Chiffre valeur="12 400" legende="comptes ouverts" />\n  <Chiffre valeur="18 %" legende="de démarches en ligne" />\n  <Card title="Atelier" href="/x" />\n</Chiffres>';
    expect(brief(text)).toEqual(['12400 comptes | comptes ouverts', '18 % | de démarches en ligne']);
  });
});

describe('figures: review fixes', () => {
  const brief = (text: string) => run(text).map((f) => `${f.quote} ${f.data.value} ${f.data.unit}`);

  it('gives a count column no unit from the caption, and quotes a component’s value where it stands', () => {
    expect(brief('Budget par programme (en M€)\n\nProgramme\tNombre de projets\tBudget\nAlpha\t12\t3,5')).toEqual(expect.arrayContaining(['3,5 3.5 M€']));
    // (Its numbers count what its header names: session 22.)
    expect(brief('Budget par programme (en M€)\n\nProgramme\tNombre de projets\tBudget\nAlpha\t12\t3,5').some((f) => /M€/.test(f) && f.startsWith('12'))).toBe(false);
    const text = '<Chiffre id="5" legende="agents formés" valeur="5" />';
    const [f] = figuresExtractor.extract(doc(text)).facts;
    expect(f!.start).toBe(text.lastIndexOf('5'));
  });
});

describe('figures: a column headed by its unit', () => {
  it('« | ETPT | » counts its bare numbers in ETPT; a column of another header stays silent', () => {
    const text = ['| Action | ETPT | Rang |', '|---|---:|---:|', '| 01 – Entretien des feux | 145 | 2 |', '| 02 – Modernisation | 32 | 1 |'].join('\n');
    expect(run(text).map((f) => `${f.data.value} ${f.data.unit}`)).toEqual(['145 ETPT', '32 ETPT']);
  });
});

describe('figures: counting labels', () => {
  it('« Nombre d’offres reçues : 7 » counts offres; « Nombre de fois : 3 » is no count', () => {
    expect(run("Nombre d'offres reçues : 7.\n- Nombre de dossiers instruits : 18\nNombre de fois : 3").map((f) => `${f.data.value} ${f.data.unit}`)).toEqual(['7 offres', '18 dossiers']);
  });
});

describe('figures: a column headed by a plural count noun', () => {
  it('« | Offre | Appels par minute | Appels par jour | »: the cells count calls', () => {
    const text = ['| Offre | Appels par minute | Appels par jour |', '| --- | ---: | ---: |', '| Découverte | 60 | 5 000 |', '| Production | 600 | 200 000 |'].join('\n');
    const figures = run(text).map((f) => f.data);
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [60, 'appels'],
      [5000, 'appels'],
      [600, 'appels'],
      [200000, 'appels'],
    ]);
  });
  it('not a money column without its unit (« | Crédits | »)', () => {
    const text = ['| Programme | Crédits |', '| --- | ---: |', '| Signalisation maritime | 42 |'].join('\n');
    expect(run(text)).toEqual([]);
  });
});

describe('figures: a column unit comes before a row label’s count', () => {
  it('« | Programme | Ministère | AE (M€) | ETPT numériques | » above « | 341 | Comptes publics | 742,8 | 5 420 | »', () => {
    const text = ['| Programme | Ministère | AE (M€) | ETPT numériques |', '|---|---|---:|---:|', '| 341 – Fiscalité | Comptes publics | 742,8 | 5 420 |'].join('\n');
    const figures = run(text).map((f) => f.data);
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [742.8, 'M€'],
      [5420, 'ETPT'],
    ]);
  });
  it('a row label with its own unit (« | Agents (ETP) | 164 | ») still counts its noun', () => {
    const text = ['| Chiffres clés | 2022 | 2023 |', '|---|---:|---:|', '| Agents (ETP) | 164 | 187 |'].join('\n');
    const figures = run(text).map((f) => f.data);
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [164, 'agents'],
      [187, 'agents'],
    ]);
  });
});

describe('figures: a noun left out', () => {
  const units = (text: string) => run(text).map((f) => `${f.data.value} ${f.data.unit}`);
  it('« 1,2 million d’agents …, sur un objectif de 2,5 millions »: 2 500 000 agents', () => {
    expect(units("1,2 million d'agents l'utilisent déjà, sur un objectif de 2,5 millions fin 2031.")).toEqual(['1200000 agents', '2500000 agents']);
  });
  it('« 412 agents, dont 288 issus du SRI »: agents; « dont 1 512 collectivités » keeps its noun', () => {
    expect(units("L'agence a accueilli 412 agents, dont 288 issus du service des réseaux.")).toEqual(['412 agents', '288 agents']);
    expect(units('1 874 fournisseurs sont habilités, dont 1 512 collectivités.')).toEqual(['1874 fournisseurs', '1512 collectivités']);
  });
});

describe('figures: full-time equivalents and staff rows (session 11)', () => {
  it('reads « 312 équivalents temps plein (ETP) » in ETP, « 80 équivalents temps plein » whole, « Effectifs (ETP) » rows in ETP', () => {
    const units = (text: string) => run(text).map((f) => `${f.data.value} ${f.data.unit}`);
    expect(units('Ses effectifs s’élèveront à 312 équivalents temps plein (ETP) au 1er janvier 2026.')).toEqual(['312 ETP']);
    expect(units('La délégation compte 80 équivalents temps plein.')).toEqual(['80 équivalents temps plein']);
    expect(units('| Indicateur | 2024 | 2025 |\n|---|---|---|\n| Effectifs (ETP) | 142 | 161 |')).toEqual(['142 ETP', '161 ETP']);
    // (« Agents (ETP) » counts agents.)
    expect(units('| Indicateur | 2024 | 2025 |\n|---|---|---|\n| Agents (ETP) | 164 | 187 |')).toEqual(['164 agents', '187 agents']);
  });
});

describe('figures: key-figure rows with a scale or a hyphenated noun (session 11)', () => {
  it('reads « | Rendez-vous pris en 2024 | 3,2 millions | » as 3 200 000 rendez-vous', () => {
    const figures = run('| Indicateur | Valeur |\n|---|---|\n| Rendez-vous pris en 2024 | 3,2 millions |\n| Communes raccordées | 412 |').map((f) => `${f.data.value} ${f.data.unit}`);
    expect(figures).toEqual(['3200000 rendez-vous', '412 communes']);
  });
});

describe('figures: shares and parts (session 12)', () => {
  const units = (text: string) => run(text).map((f) => `${f.data.value} ${f.data.unit}`);

  it('reads « 29 de ces projets », « 87 des 212 applications » and « 64 démarches, dont 41 sont … » in the noun counted', () => {
    expect(units('Le bilan montre que 29 de ces projets sont en production.')).toEqual(['29 projets']);
    expect(units('Le nuage héberge 87 des 212 applications du ministère.')).toEqual(['87 applications', '212 applications']);
    expect(units('Le ministère propose 64 démarches en ligne, dont 41 sont instruites par les régions.')).toEqual(['64 démarches', '41 démarches']);
    // (A share of a rate is no count: « 30 % des voix, dont 12 sont contestées ».)
    expect(units('Il obtient 30 % des voix, dont 12 sont contestées.')).toEqual(['30 %']);
  });

  it('reads a « dont … » row of a table in the unit of the total above it', () => {
    const table = ['| Indicateur | 2024 |', '|---|---|', '| Effectif du service (ETP) | 640 |', '| dont administration centrale | 410 |', '| dont antennes | 230 |'].join('\n');
    expect(units(table)).toEqual(['640 ETP', '410 ETP', '230 ETP']);
  });
});

describe('figures: units written in a row, signed differences, classifying row labels (session 13)', () => {
  const units = (text: string) => run(text).map((f) => `${f.data.value} ${f.data.unit}`);

  it('reads the unit a row states in its first cell (« | % | 97,5 | 98,1 | »)', () => {
    const table = ['| Unité | 2024 Réalisation | 2026 Cible |', '| --- | ---: | ---: |', '| % | 97,5 | 98,1 |'].join('\n');
    expect(units(table)).toEqual(['97.5 %', '98.1 %']);
  });

  it('reads a signed difference (« +2,4 ») in the unit of its column', () => {
    const table = ['| Exercice | Prévu (M€) | Écart (M€) |', '|---|---:|---:|', '| 2023 | 14,0 | +2,4 |'].join('\n');
    expect(units(table)).toEqual(['14 M€', '2.4 M€']);
  });

  it('takes a row label that names a class of staff (« Catégories B et C ») for no count: the caption’s unit holds', () => {
    const table = ['*(en ETPT)*', '', '| Catégorie d’emplois | 2025 |', '| --- | ---: |', '| Catégorie A | 210 |', '| Catégories B et C | 95 |'].join('\n');
    expect(units(table)).toEqual(['210 ETPT', '95 ETPT']);
  });
});

describe('figures: durations in minutes (session 13)', () => {
  it('reads « 40 min » and « 5 min » as durations; a time of day is no figure', () => {
    expect(run('Temps moyen de déclaration : 40 min au lieu de 2 h. Création du compte en 5 min, dès 9 h 30.').map((f) => `${f.data.value} ${f.data.unit}`)).toEqual(['40 min', '5 min']);
  });
});
