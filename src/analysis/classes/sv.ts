import type { ClassTable } from './types.ts';

/**
 * Swedish word classes. Swedish inflects less than Russian but compounds freely, so a member is a
 * stem with `*` where endings vary ("återbetal*" covers återbetala, återbetalning, återbetalas) and
 * common compounds are listed whole. Filled from how Swedish support agents write (telecom, bank,
 * retail, travel), synonym dictionaries (Synonymer.se style neighbours, reviewed by hand) and the
 * e-mails in corpus/ — never from one example a rule has to pass. Text is matched in lower case.
 */
/**
 * Swedish puts the verb second: after a fronted clause or adverb the subject follows the verb ("Om
 * pengarna inte syns på måndag öppnar jag en reklamation", "…så har jag själv kontaktat säljaren").
 * A first-person member written in straight order ("jag har kontaktat", "jag öppnar") is listed in
 * both orders, with the adverbs that sit between ("själv", "redan"), so a linguist writes it once.
 * Bare auxiliaries ("jag kan", "jag har") are not turned: "kan jag inte" is the refusal itself.
 */
const BETWEEN = ['själv', 'själva', 'redan', 'också', 'direkt', 'nu', 'just', 'gärna', 'då'];
function bothOrders(members: readonly string[]): string[] {
  const out = new Set(members);
  for (const m of members) {
    const aux = /^(jag|vi) (har|ska|kommer att|kan) (.+)$/.exec(m);
    if (aux) {
      const [, subj, verb, rest] = aux;
      out.add(`${verb} ${subj} ${rest}`);
      for (const adv of BETWEEN) {
        out.add(`${subj} ${verb} ${adv} ${rest}`);
        out.add(`${verb} ${subj} ${adv} ${rest}`);
      }
      continue;
    }
    const finite = /^(jag|vi) ([\p{L}]+)((?: .+)?)$/u.exec(m);
    if (finite && !/^(?:har|ska|kan|kommer|är|var)$/.test(finite[2]!)) {
      const [, subj, verb, rest] = finite;
      out.add(`${verb} ${subj}${rest}`);
      for (const adv of BETWEEN) out.add(`${verb} ${subj} ${adv}${rest}`);
    }
  }
  return [...out];
}

export const swedishClasses: ClassTable = {
  // ── signals: acknowledgement (src/analysis/signals/acknowledgement/sv.ts) ─────────────────
  // From how Swedish agents recognise a customer's situation ("jag förstår att det är frustrerande",
  // "tråkigt att…", "det är alldeles för länge"), with synonyms of each seed.
  SV_PERCEIVE: {
    doc: 'Verb där agenten visar att hen förstår kundens läge utan att något mer behövs: förstår, kan tänka mig.',
    members: ['förstår', 'kan förstå', 'begriper', 'kan tänka mig', 'kan tänka oss', 'kan föreställa mig', 'kan bara föreställa mig', 'kan bara tänka mig', 'har full förståelse', 'har förståelse', 'har all förståelse', 'har stor förståelse', 'känner med dig', 'känner med er', 'lider med dig'],
  },
  SV_SEE: {
    doc: 'Svagare verb som blir erkännande först med "hur"/"varför": ser, hör, vet, inser.',
    members: ['ser', 'hör', 'vet', 'inser', 'märker', 'förstår'],
  },
  SV_ACK_ADVERB: {
    doc: 'Ord mellan "jag/vi" och verbet: "jag förstår verkligen", "vi kan absolut förstå".',
    members: ['verkligen', 'absolut', 'helt', 'fullt', 'precis', 'självklart', 'givetvis', 'också', 'så väl', 'mycket väl', 'väl', 'till fullo', 'förstås'],
  },
  SV_INTENSIFIER: {
    doc: 'Grad före en värdering: "verkligen tråkigt", "otroligt frustrerande".',
    members: ['verkligen', 'så', 'väldigt', 'jätte', 'riktigt', 'otroligt', 'oerhört', 'extra', 'fruktansvärt', 'hemskt', 'himla', 'förstås', 'alldeles', 'ganska', 'lite', 'helt', 'minst sagt', 'inte alls', 'inte särskilt', 'oerhört', 'enormt', 'mycket', 'dubbelt', 'förståeligt nog', 'givetvis'],
  },
  SV_NEG_EVAL: {
    doc: 'Hur läget är för kunden, sagt av agenten: frustrerande, tråkigt, alldeles för länge.',
    members: [
      'frustrerande', 'irriterande', 'jobbigt', 'tråkigt', 'besvärligt', 'stressigt', 'märkligt', 'konstigt', 'olyckligt',
      'surt', 'trist', 'inte okej', 'inte ok', 'inte bra', 'inte roligt', 'inte kul', 'tungt', 'svårt', 'förargligt', 'snopet',
      'synd', 'oacceptabelt', 'inte acceptabelt', 'orimligt', 'obehagligt', 'oroande', 'oroväckande', 'nedslående',
      'en besvikelse', 'ett besvär', 'krångligt', 'segt', 'för länge', 'alldeles för länge', 'på tok för länge', 'orättvist',
      'inte vad man ska behöva', 'inte vad man vill', 'inte vad du förväntade dig', 'inte vad ni förväntade er',
      'inte hur det ska vara', 'inte som det ska vara', 'inte så det ska vara', 'inte meningen', 'dåligt', 'illa', 'pinsamt',
      'ett elände', 'en mardröm', 'en pärs', 'rörigt', 'förvirrande', 'ledsamt', 'beklagligt', 'ohållbart', 'otroligt irriterande',
      'det sista du behöver', 'det sista ni behöver', 'det sista man behöver',
    ],
  },
  SV_FEELING_NOUN: {
    doc: 'Kundens känsla namngiven av agenten: "din frustration", "er besvikelse".',
    members: ['frustration*', 'irritation*', 'besvikelse*', 'oro', 'ilska', 'upprördhet', 'förtret', 'missnöje', 'känslor', 'reaktion*', 'synpunkt*', 'situation*', 'läge'],
  },
  SV_JUSTIFIED: {
    doc: 'Vad agenten medger om en känsla: förståeligt, befogat.',
    members: ['förståelig*', 'begriplig*', 'rimlig*', 'befogad*', 'befogat', 'berättigad*', 'berättigat', 'naturlig*', 'helt förståelig*', 'fullt förståelig*', 'helt befogad*', 'helt befogat', 'fullt rimlig*'],
  },
  SV_CUSTOMER_FEELING: {
    doc: 'Kundens känsla som tillstånd: "du måste vara frustrerad", "ni blev besvikna".',
    members: ['frustrerad*', 'irriterad*', 'besviken', 'besvikna', 'orolig*', 'upprörd*', 'arg', 'arga', 'ledsen', 'ledsna', 'less', 'trött', 'trötta', 'förvånad*', 'förbannad*', 'stressad*', 'förvirrad*', 'missnöjd*', 'sur', 'sura'],
  },
  // ── who speaks ────────────────────────────────────────────────────────────────────────────
  AGENT: {
    doc: 'The agent or their company as the subject of a clause (Swedish puts it after the verb in inverted clauses: "kan vi inte").',
    members: ['jag', 'vi', 'kundtjänst', 'kundservice', 'supporten', 'vår support', 'vårt team', 'teamet', 'butiken', 'företaget', 'vi på kundtjänst', 'vi här'],
  },
  HEDGE: {
    doc: 'Softeners and adverbs that may sit around an inability without changing it.',
    members: [
      'tyvärr', 'tyvärr inte', 'dessvärre', 'beklagligtvis', 'just nu', 'för närvarande', 'i dagsläget', 'i nuläget', 'längre', 'heller',
      'själv', 'själva', 'direkt', 'bara', 'helt enkelt', 'faktiskt', 'ändå', 'i det här fallet', 'i detta fall', 'här', 'därför',
      'från vår sida', 'på vår sida', 'tekniskt', 'personligen',
    ],
  },

  // ── deflection ────────────────────────────────────────────────────────────────────────────
  INABILITY: {
    doc: 'Saying the agent cannot do something, after the subject ("vi kan inte", "jag har inte möjlighet att").',
    members: [
      'kan inte', 'kan ej', 'kan tyvärr inte', 'kan dessvärre inte', 'kommer inte att kunna', 'kommer inte kunna', 'har inte möjlighet att',
      'har ingen möjlighet att', 'saknar möjlighet att', 'har inte möjlighet till', 'har tyvärr inte möjlighet att', 'har inte rätt att',
      'har ingen rätt att', 'får inte', 'har inte behörighet att', 'saknar behörighet att', 'är inte behörig att', 'är inte behöriga att',
      'har inte befogenhet att', 'saknar befogenhet att', 'har inte mandat att', 'saknar mandat att', 'är inte i position att',
      'har inte tillgång till att', 'kan inte längre', 'är förhindrade att', 'är inte tillåtna att',
      'är inte i stånd att', 'saknar tyvärr möjlighet att', 'har inte längre möjlighet att', 'får tyvärr inte',
      'är inte berättigade att', 'är inte berättigad att', 'har inte befogenheter att', 'saknar befogenheter att',
      'har inte rättighet att', 'är inte auktoriserad att', 'är inte auktoriserade att', 'har ingen behörighet att',
      'har ingen befogenhet att', 'har inga befogenheter att', 'är förhindrad att', 'är förhindrade från att',
      'kommer inte att ha möjlighet att', 'kommer inte ha möjlighet att', 'kan tyvärr inte längre',
      'har inte möjligheten att', 'har inte någon möjlighet att', 'saknar möjligheten att', 'har inte mandatet att',
      'har tyvärr inte behörighet att', 'har dessvärre inte behörighet att', 'har tyvärr ingen möjlighet att', 'har dessvärre ingen möjlighet att',
      'har dessvärre inte möjlighet att', 'har tyvärr inte rätt att', 'har tyvärr inte befogenhet att', 'har tyvärr inte mandat att',
      'har inga möjligheter att', 'har tyvärr inga möjligheter att',
    ],
  },
  INABILITY_INVERTED: {
    doc: 'The same inability with the verb before the subject, as Swedish writes it after an adverb ("Tyvärr kan vi inte…"): the part after the subject.',
    members: ['inte', 'ej', 'tyvärr inte', 'dessvärre inte', 'inte längre', 'inte möjlighet att', 'ingen möjlighet att', 'inte rätt att', 'inte behörighet att', 'ingen rätt att', 'inte befogenhet att', 'inte mandat att', 'inga möjligheter att'],
  },
  MODAL: {
    doc: 'The verb that comes before the subject in an inverted inability ("kan vi inte", "har jag inte möjlighet att").',
    members: ['kan', 'kunde', 'har', 'får', 'kommer'],
  },
  IMPOSSIBLE: {
    doc: 'An impersonal "it cannot be done": the refusal without a subject.',
    members: [
      'går inte att', 'går tyvärr inte att', 'går dessvärre inte att', 'går ej att', 'är inte möjligt att', 'är tyvärr inte möjligt att',
      'är omöjligt att', 'är inte tillåtet att', 'finns ingen möjlighet att', 'finns inte möjlighet att', 'finns tyvärr ingen möjlighet att',
      'är inte tillåtet', 'är inte möjligt', 'är tyvärr inte möjligt',
      'går tyvärr inte', 'är inte genomförbart att', 'går inte att genomföra', 'är inte görligt att',
      'är tyvärr inte görligt att', 'finns inget sätt att', 'finns det inget sätt att', 'finns det ingen möjlighet att',
      'finns ingen möjlighet för oss att', 'finns inte möjlighet för oss att', 'är inte möjligt för oss att',
      'är inte möjligt för mig att', 'går inte för oss att', 'är inte längre möjligt att', 'går inte längre att',
      'är tyvärr omöjligt att',
      'är det inte möjligt att', 'är det tyvärr inte möjligt att', 'är det inte möjligt för oss att',
      'är det inte möjligt för mig att', 'går det inte att', 'går det tyvärr inte att',
      'finns det tyvärr ingen möjlighet att', 'är det omöjligt att', 'är det inte tillåtet att',
      'är det tyvärr omöjligt att', 'finns det inte möjlighet att',
    ],
  },
  SERVICE_ACTION: {
    doc: 'What a customer asks an agent to do (stems). Perception verbs (hitta, se) are not here: "jag kan inte hitta ordern" is investigation.',
    members: [
      'återbetal*', 'betala tillbaka', 'ersätt*', 'kompenser*', 'ändr*', 'byt*', 'avbok*', 'avbryt*', 'makuler*', 'häva', 'ta bort',
      'radera', 'återställ*', 'förläng*', 'flytta', 'godkänn*', 'godkänna', 'bevilj*', 'göra undantag', 'göra ett undantag', 'hjälpa dig med',
      'hjälpa till med', 'hjälpa dig', 'hjälpa till', 'hjälpa er', 'påverka', 'ingripa', 'åtgärda', 'utfärda', 'skicka ut', 'lämna ut',
      'låsa upp', 'aktivera', 'återaktivera', 'erbjuda', 'acceptera', 'ta emot', 'annullera', 'stryka', 'ta tillbaka', 'korrigera',
      'rätta', 'omboka', 'uppgradera', 'frångå', 'ompröva', 'skriva om', 'ställa ut', 'kreditera', 'häva spärren', 'lyfta spärren',
      'ta ställning', 'kommentera', 'lämna ut uppgifter', 'överföra', 'överlåta', 'tillgodose', 'gå med på', 'bevilja',
      'leverera', 'frakta', 'skicka', 'garantera', 'prioritera', 'påskynda', 'snabba på', 'ge dig', 'ge er', 'dela',
      'uppge', 'diskutera', 'gå in på', 'spekulera', 'bekräfta', 'verifiera', 'reservera', 'boka', 'återöppna', 'avsluta',
      'säga upp', 'nedgradera', 'slå ihop', 'dela upp', 'byta ut', 'reparera', 'laga', 'matcha', 'prismatcha', 'ge rabatt',
      'ge ersättning', 'ge kompensation', 'ge någon kompensation', 'göra någonting', 'göra det', 'göra detta', 'hantera',
      'behandla', 'ta hand om', 'svara på', 'besvara', 'bistå', 'assistera', 'utreda', 'gå vidare med', 'släppa', 'frigöra',
      'ångra', 'återkalla', 'justera', 'omvandla', 'ta bort avgiften', 'efterskänka', 'avskriva',
      'gå dig till mötes', 'gå er till mötes', 'tillmötesgå*', 'frångå dem', 'frångå reglerna', 'göra avsteg från',
    ],
  },
  PASSIVE_CHANGE: {
    doc: 'A change in the passive, for "fakturor kan inte ändras".',
    members: [
      'ändras', 'återbetalas', 'bytas', 'avbokas', 'makuleras', 'återställas', 'flyttas', 'ångras', 'överlåtas', 'förlängas', 'göras om',
      'tas bort', 'raderas', 'krediteras', 'ersättas', 'hävas', 'omprövas', 'korrigeras', 'rättas', 'ombokas', 'annulleras', 'överföras',
      'återkallas', 'justeras', 'skrivas om', 'ställas ut på nytt', 'utfärdas på nytt', 'göras undantag', 'strykas',
    ],
  },
  REFUSE_VERB: {
    doc: 'A refusal stated as the company\'s will ("vi återbetalar inte…"); the verb comes before "inte" in Swedish.',
    members: ['återbetalar', 'ersätter', 'kompenserar', 'byter', 'erbjuder', 'accepterar', 'godkänner', 'beviljar', 'makulerar', 'häver', 'krediterar'],
  },
  OTHER_PARTY: {
    doc: 'Someone other than the agent\'s team whom a customer is sent to, or a decision is handed to (definite forms, as Swedish names them).',
    members: [
      'banken', 'din bank', 'kortutgivaren', 'budfirman', 'budet', 'transportören', 'speditören', 'postnord', 'posten', 'ombudet', 'flygbolaget',
      'flygbolaget som trafikerar den', 'tillverkaren', 'säljaren', 'återförsäljaren', 'leverantören', 'säkerhetsavdelningen',
      'den avdelningen', 'avdelningen', 'en annan avdelning', 'ekonomiavdelningen', 'fakturaavdelningen', 'ledningen', 'systemet',
      'arrangören', 'försäkringsbolaget', 'hyresvärden', 'operatören', 'din operatör', 'appbutiken', 'app store', 'google', 'apple',
      'dem', 'dom', 'tredje part', 'en tredje part', 'betalningsleverantören', 'kortföretaget', 'kreditupplysningsföretaget',
      'myndigheten', 'polisen', 'skatteverket', 'inkassobolaget', 'din arbetsgivare', 'administratören', 'din administratör',
      'kontoägaren', 'verkstaden', 'serviceverkstaden', 'rederiet', 'researrangören', 'hotellet',
      'kortbolaget', 'ditt kortbolag', 'din kortutgivare', 'klarna', 'paypal', 'betalningsförmedlaren',
      'din internetleverantör', 'internetleverantören', 'nätägaren', 'elnätsbolaget', 'din mobiloperatör',
      'mobiloperatören', 'resebyrån', 'din resebyrå', 'bokningssajten', 'tullen', 'tullverket', 'kommunen',
      'försäkringskassan', 'transportstyrelsen', 'trafikverket', 'tågoperatören', 'bussbolaget', 'trafikbolaget',
      'rättighetsinnehavaren', 'upphovsrättsinnehavaren', 'utvecklaren', 'apputvecklaren', 'spelutvecklaren', 'förlaget',
      'inköpsstället', 'försäljningsstället', 'butiken där du köpte varan', 'butiken där du handlade',
      'en auktoriserad verkstad', 'juridiska avdelningen', 'vår juridiska avdelning', 'vår ekonomiavdelning',
      'kreditavdelningen', 'reklamationsavdelningen', 'vår reklamationsavdelning', 'skadeavdelningen',
      'försäljningsavdelningen', 'säljavdelningen', 'tekniska avdelningen', 'vår tekniska avdelning', 'teknisk support',
      'vår tekniska support', 'centrallagret', 'huvudkontoret', 'vårt huvudkontor', 'min chef', 'min närmaste chef',
      'chefen', 'butikschefen', 'platschefen', 'ansvarig chef', 'styrelsen', 'ledningsgruppen', 'hyrfirman', 'biluthyraren',
      'värdbutiken', 'marknadsplatsen', 'säljaren direkt', 'banken direkt',
      'säkerhetsavdelning*', 'ekonomiavdelning*', 'kreditavdelning*', 'reklamationsavdelning*', 
      'vår partner', 'vår betalpartner', 'betalpartnern', 'partnern', 'underleverantören', 'vår leverantör', 'vår samarbetspartner',
    ],
  },
  OTHER_PARTY_GEN: {
    doc: 'Another party in the genitive, for "det är bankens sak" (the matter declared theirs).',
    members: [
      'bankens', 'kortutgivarens', 'säljarens', 'återförsäljarens', 'tillverkarens', 'leverantörens', 'transportörens', 'budfirmans',
      'budets', 'postnords', 'postens', 'ombudets', 'flygbolagets', 'försäkringsbolagets', 'operatörens', 'arrangörens', 'hotellets',
      'rederiets', 'researrangörens', 'resebyråns', 'verkstadens', 'hyresvärdens', 'myndighetens', 'kommunens', 'tullens',
      'betalningsleverantörens', 'kortbolagets', 'klarnas', 'paypals', 'utvecklarens', 'marknadsplatsens', 'partnerns',
      'ekonomiavdelningens', 'säkerhetsavdelningens', 'andra avdelningens', 'en annan avdelnings',
    ],
  },
  HANDED_TO: {
    doc: 'A matter or decision being in someone else\'s hands: a passive verb before "av" + the party ("sköts av budfirman").',
    members: [
      'sköts', 'hanteras', 'fördelas', 'beslutas', 'bestäms', 'avgörs', 'fattas', 'fattades', 'styrs', 'regleras', 'ägs', 'administreras',
      'handläggs', 'prövas', 'sätts', 'ansvaras för', 'utförs', 'togs', 'tas', 'fattat', 'fattats', 'beslutades', 'bestämdes',
      'godkänns', 'bedöms', 'ombesörjs', 'handhas', 'fastställs', 'fastställdes', 'bestäms helt',
      'avgjordes', 'hanterades', 'prövades', 'bedömdes', 'godkändes',
    ],
  },
  CONTROL: {
    doc: 'The reach of the agent\'s power, for "utanför min kontroll" and its paraphrases.',
    members: ['kontroll', 'befogenheter', 'befogenhet', 'mandat', 'ansvarsområde', 'område', 'behörighet', 'makt', 'räckvidd', 'händer', 'bord', 'ansvar', 'uppdrag', 'kompetens'],
  },
  NOT_OURS: {
    doc: 'Saying a matter belongs to someone else, said whole.',
    members: [
      'inte mitt beslut', 'inte vårt beslut', 'inte upp till mig', 'inte upp till oss', 'inget vi kan påverka', 'inget jag kan påverka',
      'inte något vi kan påverka', 'inte något jag kan påverka', 'inget vi styr över', 'inget jag styr över', 'inget vi rår på',
      'inget jag rår på', 'inget vi rår över', 'inte vårt ansvar', 'inte mitt ansvar', 'inte vårt bord', 'inte mitt bord',
      'mina händer är bundna', 'våra händer är bundna', 'jag har inte behörighet', 'vi har inte behörighet', 'jag saknar behörighet',
      'vi saknar behörighet', 'jag är inte behörig', 'vi är inte behöriga', 'jag bestämmer inte', 'vi bestämmer inte',
      'vi är bara en förmedlare', 'vi är endast en förmedlare', 'vi är bara förmedlare', 'vi är bara en mellanhand', 'vi är endast en mellanhand',
      'vi förmedlar bara', 'vi är bara återförsäljare', 'vi är bara en återförsäljare',
      'inget vi hanterar', 'inte något vi hanterar', 'inte något vi sköter', 'inget vi sköter', 'vi hanterar inte sådana ärenden',
      'vi hanterar inte den typen av ärenden', 'inte något vi kan hjälpa till med', 'inte något jag kan hjälpa till med',
      'inget vi erbjuder', 'inte något vi erbjuder', 'ingen tjänst vi erbjuder', 'inte en tjänst vi erbjuder',
      'inget vi har möjlighet att', 'inte något vi har möjlighet att', 'inget vi kan hjälpa till med',
      'inget jag kan hjälpa till med', 'inte vår sak', 'inte min sak', 'inte vårt problem', 'inte mitt problem',
      'inte vår uppgift', 'inte min uppgift', 'inget vi bestämmer över', 'inte något vi bestämmer över',
      'inget vi kan göra något åt', 'inget vi har kontroll över', 'inget jag har kontroll över',
      'inget vi har någon kontroll över', 'inte ett beslut jag kan fatta', 'inte ett beslut vi kan fatta',
      'inte något beslut jag kan fatta', 'ligger inte på oss', 'ligger inte på mig', 'ligger inte hos oss',
      'ligger inte hos mig', 'inte vi som bestämmer', 'inte jag som bestämmer', 'inte vi som beslutar',
      'inte jag som beslutar', 'inte vi som avgör', 'inte jag som avgör', 'inget vi har inflytande över',
      'inget vi kan styra', 'inte något vi kan styra', 'inte inom vårt ansvarsområde', 'inte inom mitt ansvarsområde',
      'inte vårt område', 'inte mitt område', 'inte vår avdelning', 'inte min avdelning',
      'vi ansvarar inte för', 'jag ansvarar inte för', 'företaget ansvarar inte för', 'butiken ansvarar inte för', 'ansvarar vi inte för', 'ansvarar tyvärr inte för', 'vi ansvarar tyvärr inte för', 'vi tar inget ansvar', 'vi tar inte ansvar', 'vi kan inte ta ansvar', 'kan vi inte ta ansvar', 'vi tar tyvärr inget ansvar', 'vi bär inget ansvar', 'vi har inget ansvar', 'inget ansvar från vår sida', 'ligger utanför vårt ansvar', 'ligger utanför mitt ansvar',
    ],
  },
  POLICY_NOUN: {
    doc: 'A rule a company may hide behind.',
    members: ['policy', 'policyn', 'regler', 'reglerna', 'riktlinjer', 'riktlinjerna', 'rutiner', 'rutinerna', 'villkor', 'villkoren', 'föreskrifter', 'bestämmelser', 'bestämmelserna', 'direktiv', 'praxis', 'interna regler', 'interna rutiner'],
  },
  OUR_RULE: {
    doc: 'Whose rule it is: the company\'s, the store\'s (a customer\'s own försäkringspolicy is not one).',
    members: ['företagets', 'vår', 'våra', 'vårt', 'bolagets', 'butikens', 'bankens', 'koncernens', 'gällande', 'interna', 'våra interna', 'vår interna', 'företagets interna'],
  },
  DUE_TO: {
    doc: 'Phrases that put a rule in front as the reason ("enligt vår policy").',
    members: ['enligt', 'i enlighet med', 'på grund av', 'pga', 'med hänvisning till', 'utifrån', 'i linje med', 'som följer av'],
  },
  SYSTEM: {
    doc: '"The system" or a tool blamed for a refusal (Swedish compounds listed whole).',
    members: ['systemet', 'vårt system', 'faktureringssystemet', 'bokningssystemet', 'kassasystemet', 'ordersystemet', 'datorn', 'programmet', 'plattformen', 'vår plattform', 'affärssystemet',
      'algoritmen', 'det automatiska systemet', 'vårt automatiska system', 'betalsystemet', 'betalningssystemet',
      'kundsystemet', 'ärendesystemet', 'lagersystemet', 'verktyget', 'vårt verktyg', 'våra system', 'våra verktyg',
      'bokningsmotorn', 'kassan',
    ],
  },
  SYSTEM_REFUSES: {
    doc: 'What a system is said not to let anyone do.',
    members: ['tillåter inte', 'tillåter tyvärr inte', 'medger inte', 'godtar inte', 'accepterar inte', 'låter oss inte', 'låter mig inte', 'släpper inte igenom', 'tar inte emot', 'ger oss inte möjlighet', 'ger inte möjlighet', 'spärrar', 'stoppar'],
  },
  NO_EXCEPTION: {
    doc: 'Declaring that the rule admits no change.',
    members: [
      'inga undantag', 'vi gör inga undantag', 'vi gör inte undantag', 'vi gör aldrig undantag', 'beslutet är slutgiltigt', 'beslutet är definitivt',
      'beslutet går inte att överklaga', 'regler är regler', 'så är reglerna', 'så är det bara', 'det är inget att diskutera', 'inget att diskutera',
      'går inte att ändra på', 'det går inte att göra något åt', 'beslutet kvarstår',
      'beslutet står fast', 'beslutet ligger fast', 'vi står fast vid beslutet', 'vi står fast vid vårt beslut',
      'beslutet är slutligt', 'beslutet är bindande', 'beslutet kan inte ändras', 'beslutet kan inte överklagas',
      'det finns inga undantag', 'gäller utan undantag', 'samma regler gäller för alla',
      'vi måste behandla alla lika', 'vi behandlar alla kunder lika', 'vi måste behandla alla kunder lika',
      'inget utrymme för undantag', 'det finns inget utrymme för undantag', 'inte förhandlingsbart', 'ej förhandlingsbart',
      'inte förhandlingsbar', 'ej återbetalningsbar', 'inte återbetalningsbar', 'ej återbetalningsbara',
      'inte återbetalningsbara', 'ej återbetalningsbart', 'inte återbetalningsbart', 'ingen ångerrätt',
      'ångerrätten gäller inte', 'omfattas inte av garantin', 'täcks inte av garantin', 'ingår inte i garantin',
      'omfattas inte av reklamationsrätten', 'omfattas inte av försäkringen', 'så fungerar det tyvärr',
      'så fungerar det bara',
      'reglerna är desamma för alla', 'reglerna är samma för alla', 'reglerna gäller för alla', 'reglerna gäller alla', 'vi har inga andra alternativ', 'vi har tyvärr inga andra alternativ', 'det finns inga andra alternativ', 'det finns tyvärr inga andra alternativ', 'det finns inget annat alternativ', 'vi har inget annat alternativ', 'det finns inget annat att göra', 'gäller inte som garantiärende', 'är inte ett garantiärende', 'räknas inte som ett garantiärende', 'beslutet gäller',
    ],
  },
  MUST: {
    doc: 'An obligation put on the customer to go elsewhere ("du får vända dig till").',
    members: ['du får', 'ni får', 'du måste', 'ni måste', 'du behöver', 'ni behöver', 'du bör', 'ni bör', 'du skulle behöva', 'ni skulle behöva', 'du får själv', 'vi hänvisar dig att', 'vi rekommenderar att du', 'vi ber dig att',
      'du är tvungen att', 'ni är tvungna att', 'du blir tvungen att', 'ni blir tvungna att', 'du kommer att behöva',
      'ni kommer att behöva', 'du kommer behöva', 'vi hänvisar er att',
      'jag hänvisar dig att', 'jag rekommenderar att du', 'vi föreslår att du', 'jag föreslår att du', 'vänligen',
      'du ombeds', 'ni ombeds', 'vi ber er att', 'jag ber dig att',
    ],
  },
  CONTACT_VERB: {
    doc: 'Sending someone to get help elsewhere (infinitives after MUST).',
    members: ['vända dig till', 'vända er till', 'kontakta', 'ringa', 'höra av dig till', 'höra av er till', 'mejla', 'skriva till', 'gå till', 'ta upp det med', 'ta det med', 'reklamera hos', 'prata med', 'kolla med', 'vända dig direkt till', 'kontakta direkt',
      'ta kontakt med', 'anmäla det till', 'göra en anmälan till', 'reklamera till', 'rikta din fråga till',
      'rikta dina frågor till', 'skicka din fråga till', 'vända dig med din fråga till', 'vända dig med ditt ärende till',
    ],
  },
  CONTACT_IMPERATIVE: {
    doc: 'The same sending away, as an order ("vänd dig till banken").',
    members: ['vänd dig till', 'vänd er till', 'kontakta', 'ring', 'hör av dig till', 'hör av er till', 'mejla', 'skriv till', 'ta upp det med', 'reklamera hos', 'prata med', 'kolla med',
      'ta kontakt med', 'vänligen kontakta', 'vänligen vänd dig till', 'rikta din fråga till', 'rikta dina frågor till',
      'anmäl det till',
    ],
  },

  // ── the named exceptions ─────────────────────────────────────────────────────────────────
  ENTITLED: {
    doc: 'What a rule grants the customer, said after it ("enligt villkoren har du rätt till full återbetalning"): a rule cited in their favour is no deflection.',
    members: ['har du rätt till', 'du har rätt till', 'har ni rätt till', 'ni har rätt till', 'får du', 'du får', 'får ni', 'ni får', 'kan du få', 'kan ni få', 'ingår', 'ersätts', 'ersätter vi', 'återbetalas', 'betalas tillbaka', 'kostnadsfri*', 'gratis', 'utan kostnad', 'utan extra kostnad', 'kan du byta', 'kan du lämna tillbaka', 'kan du ångra'],
  },
  NO_NEED: {
    doc: 'Telling the customer they need not do something: "du behöver inte kontakta banken" is the opposite of sending them there.',
    members: ['behöver inte', 'behöver du inte', 'behöver ni inte', 'slipper', 'måste inte', 'inte behöver', 'inte behöva', 'behövs inte', 'inget behov av att', 'ingen anledning att', 'du ska inte behöva', 'ni ska inte behöva', 'utan att behöva'],
  },
  REASON: {
    doc: 'Words that give the reason behind a rule.',
    members: ['eftersom', 'därför att', 'för att', 'så att', 'av säkerhetsskäl', 'för din säkerhet', 'för att skydda', 'annars', 'anledningen är', 'skälet är', 'enligt lag', 'lagen kräver', 'det beror på', 'beror på att', 'på grund av att', 'då det', 'då den', 'av integritetsskäl', 'av hygienskäl'],
  },
  ALTERNATIVE: {
    doc: 'What the agent can do instead: a first-person offer or another option.',
    members: bothOrders(['jag kan', 'vi kan', 'jag ska', 'jag har', 'istället', 'i stället', 'däremot', 'men jag', 'ett annat alternativ', 'det jag kan göra', 'det vi kan göra', 'vad jag kan göra', 'jag erbjuder', 'vi erbjuder dig', 'som alternativ', 'jag skickar', 'jag bokar', 'jag ordnar', 'jag fixar', 'jag hjälper', 'jag har lagt', 'jag har ordnat', 'gärna',
      'kan jag boka', 'kan jag ordna', 'kan jag erbjuda', 'kan jag skicka', 'kan jag hjälpa', 'kan vi erbjuda',
      'kan vi istället', 'kan vi i stället', 'kan vi boka', 'kan vi ordna',
      // The way that does work, offered as a fact ("det som fungerar är att…", "det enklaste sättet är appen").
      'det som fungerar', 'det som går', 'det som däremot går', 'det enklaste sättet', 'det snabbaste sättet', 'det bästa sättet',
      'det du kan göra', 'men du kan', 'du kan däremot', 'du kan i stället', 'du kan istället',
      // What the agent will do next themselves, as agents write it ("öppnar jag en reklamation").
      'jag öppnar', 'jag startar', 'jag återkommer', 'jag ser till', 'jag krediterar', 'jag ersätter', 'jag betalar', 'jag bokar om',
      'jag beställer', 'jag lägger in', 'jag reklamerar', 'jag driver', 'jag följer upp', 'jag hör av mig', 'jag tar', 'jag har krediterat',
      'jag har bokat', 'jag har beställt', 'jag har lagt in', 'jag har öppnat', 'jag har ordnat', 'jag har betalat', 'jag har återbetalat',
    ]),
  },
  HANDOFF_DONE: {
    doc: 'The agent doing the hand-off for the customer, or giving the exact route to the other party.',
    members: bothOrders([
      'jag skickar', 'jag har skickat', 'jag ska skicka', 'jag kopplar', 'jag har kopplat', 'jag ringer', 'jag har ringt', 'jag hjälper',
      // Attaching counts when what is attached is the route or what the other party needs, not the
      // customer's own papers ("resehandlingarna har jag bifogat" hands nothing off).
      'jag har bifogat deras', 'jag bifogar deras', 'jag har bifogat blanketten', 'jag bifogar blanketten', 'jag har bifogat formuläret',
      'jag bifogar formuläret', 'jag har bifogat intyget', 'jag bifogar intyget', 'jag har bifogat ett intyg', 'jag bifogar ett intyg',
      'jag vidarebefordrar', 'jag har vidarebefordrat', 'jag kontaktar', 'jag har kontaktat', 'jag mejlar',
      'jag har mejlat', 'jag har pratat med', 'jag pratar med', 'jag har bett', 'jag ber', 'vi skickar', 'vi har skickat', 'vi kopplar',
      'vi har kontaktat', 'här är deras', 'här är numret', 'här är länken', 'här är adressen', 'deras nummer', 'deras telefon', 'numret är',
      'telefonnumret är', 'nås på', 'når dem på', 'jag lämnar över', 'jag har lämnat över', 'jag följer upp',
    ]),
  },

  // ── apology ───────────────────────────────────────────────────────────────────────────────
  MISHAP_NOUN: {
    doc: 'What a vague apology is "for": a mishap named by no specific event (stems). The apology reader treats an object made only of these and function words as generic.',
    members: [
      'besvär*', 'olägenhet*', 'eventuell*', 'problem*', 'situation*', 'krångel*', 'krångl*', 'strul*', 'obehag*', 'förtret*', 'irritation*',
      'orsak*', 'uppstått', 'uppstod', 'inträffa*', 'hänt', 'händ*', 'skett', 'upplev*', 'vållat', 'bekymmer*', 'trassel*', 'missöde*',
      'höra', 'läsa', 'förorsak*', 'tillfällig*', 'ovanstående', 'detta', 'omständighet*', 'sådan*', 'negativ*', 'dålig*', 'omak*',
      'felet', 'fel', 'misstag*', 'oreda', 'det hela', 'allt', 'saken', 'ärendet', 'konsekvens*', 'följder',
      'teknisk*', 'uppkomn*', 'störning*', 'inneburit', 'medfört', 'innebära', 'medföra', 'haft', 'vålla*', 'uppstå*', 'kring',
      'dröjsmål*', 'missförhållande*', 'förseningen', 'förseningar', 'omständigheterna', 'komplikation*'
    ],
  },
  REPLY_DELAY: {
    doc: 'The agent\'s own slow reply as what an apology is for ("för det sena svaret"): it says nothing about the customer\'s case, so the apology stays generic.',
    members: [
      'dröjsmål* med * svar', 'det sena svaret', 'sent svar', 'sena svar', 'sen återkoppling', 'sena återkopplingen',
      'dröjt med svar*', 'dröjt med att svara', 'dröjt innan vi svarade', 'dröjt innan jag svarade', 'dröjt innan du fick svar',
      'lång* väntetid*', 'den långa väntan', 'väntan på svar', 'väntan på vårt svar', 'att vi inte svarat tidigare',
      'att jag inte svarat tidigare', 'att vi inte har svarat tidigare', 'att det tagit tid att svara', 'att det tagit så lång tid',
      'att det dröjt', 'att det har dröjt', 'att du fått vänta', 'att du har fått vänta', 'att du behövt vänta', 'att du fick vänta',
      'att det dröjt med svar*', 'att det har dröjt med svar*', 'att det dröjt innan vi svarade', 'att det dröjt innan jag svarade', 'att det dröjt så länge', 'att det har dröjt så länge',
    ],
  },

  FEELING: {
    doc: 'An apology\'s object that is the customer\'s feeling or impression rather than what happened (makes it a non-apology).',
    members: [
      'du upplever att', 'du upplevt att', 'du upplevde att', 'du har upplevt att', 'du uppfattar att', 'du uppfattade att', 'du har uppfattat att',
      'du känner att', 'du tycker att', 'du anser att', 'du har fått uppfattningen', 'du har fått intrycket', 'du fick intrycket',
      'du fick uppfattningen', 'du fått uppfattningen', 'du fått den uppfattningen', 'du fick den uppfattningen', 'du fått intrycket',
      'du fått det intrycket', 'du fick det intrycket', 'du har fått den uppfattningen', 'ni fått den uppfattningen', 'ni upplever att', 'ni upplevde att', 'ni tycker att', 'du upplever det så', 'du ser det så',
      'du tog illa upp', 'du har tagit illa upp', 'du känner dig', 'du blev upprörd', 'du blivit upprörd', 'du kände dig',
      'du tog det', 'du tog det så', 'du uppfattade det', 'du upplevde det', 'du tog illa vid dig',
      'du blivit besviken', 'du blev besviken', 'du är besviken', 'ni är besvikna', 'du är missnöjd', 'ni är missnöjda', 'du inte är nöjd', 'ni inte är nöjda', 'du inte var nöjd', 'inte motsvarade dina förväntningar', 'inte motsvarat dina förväntningar', 'inte levde upp till dina förväntningar', 'inte lever upp till dina förväntningar', 'inte har levt upp till dina förväntningar', 'inte motsvarade era förväntningar', 'inte levde upp till era förväntningar',
    ],
  },

  // ── blame ─────────────────────────────────────────────────────────────────────────────────
  SAID_BEFORE: {
    doc: 'Verbs of having already said something, for "som jag redan skrivit".',
    members: ['skrivit', 'skrev', 'sagt', 'sa', 'nämnt', 'nämnde', 'förklarat', 'förklarade', 'informerat', 'informerade', 'meddelat', 'meddelade', 'påpekat', 'påpekade', 'upprepat', 'upprepade', 'betonat', 'betonade', 'svarat', 'svarade', 'poängterat', 'poängterade', 'understrukit', 'framhållit'],
  },
  EARLIER_MESSAGE: {
    doc: 'Where it was said before.',
    members: ['mitt förra mejl', 'vårt förra mejl', 'mitt tidigare mejl', 'vårt tidigare mejl', 'mitt senaste mejl', 'vårt senaste mejl', 'mitt förra mail', 'vårt förra mail', 'mitt förra meddelande', 'vårt förra meddelande', 'mitt tidigare svar', 'vårt tidigare svar', 'mitt förra svar', 'vårt förra svar', 'mitt senaste svar'],
  },
  YOU_GUESS: {
    doc: 'A guess at the customer\'s mistake ("du har nog…").',
    members: ['nog', 'troligen', 'säkert', 'antagligen', 'förmodligen', 'uppenbarligen', 'tydligen', 'helt enkelt'],
  },
  YOU_ERRED: {
    doc: 'What the customer is said to have done wrong.',
    members: ['glömt', 'missat', 'gjort fel', 'tryckt fel', 'angett fel', 'skrivit fel', 'valt fel', 'läst fel', 'fel', 'förväxlat', 'blandat ihop', 'råkat', 'missförstått', 'inte läst', 'inte följt', 'slarvat'],
  },
  YOU_DID_WRONG: {
    doc: 'What the customer is told they did wrong, said straight after "du (har)" ("du har angett fel adress", "du glömde"): a mistake laid on them rather than described.',
    members: [
      'glömt', 'glömde', 'missat', 'missade', 'angett fel', 'angav fel', 'skrivit fel', 'skrev fel', 'skrev in fel', 'skrivit in fel',
      'fyllt i fel', 'fyllde i fel', 'valt fel', 'valde fel', 'tryckt fel', 'tryckte fel', 'beställt fel', 'beställde fel', 'gjort fel',
      'gjorde fel', 'använt * på fel sätt', 'använde * på fel sätt', 'använt * fel', 'inte följt', 'inte följde', 'inte läst',
      'inte läste', 'missförstått', 'missförstod', 'feltolkat', 'feltolkade', 'slarvat', 'slarvade', 'förväxlat', 'förväxlade',
      'blandat ihop', 'blandade ihop', 'själv valt', 'valde själv', 'själv godkänt', 'godkände själv', 'själv angett', 'angav själv',
      'själv beställt', 'beställde själv', 'inte betalat * i tid', 'inte betalade * i tid', 'inte uppdaterat', 'inte uppdaterade',
      'inte bekräftat', 'inte bekräftade', 'inte läst igenom', 'inte kontrollerat', 'inte kontrollerade', 'inte brytt dig om',
      'struntat i', 'struntade i', 'ignorerat', 'ignorerade', 'brutit mot', 'bröt mot', 'överskridit', 'överskred',
    ],
  },
  SHOULD_HAVE: {
    doc: 'Telling the customer what they ought to have done.',
    members: ['borde ha', 'borde', 'skulle ha', 'hade behövt', 'hade kunnat', 'skulle', 'måste'],
  },
  CHECK_VERB: {
    doc: 'What the customer "should have" done: read, check, look.',
    members: ['läst', 'läsa', 'kontrollerat', 'kontrollera', 'kollat', 'kolla', 'tittat', 'titta', 'dubbelkollat', 'dubbelkolla', 'granskat', 'följt', 'följa', 'sett efter'],
  },
  CALM_DOWN: {
    doc: 'Telling an upset customer to calm down.',
    members: ['lugna ner dig', 'lugna ner er', 'lugna dig', 'ta det lugnt', 'ta det med ro', 'skrik inte', 'sluta skrika', 'ingen anledning att bli upprörd', 'inget att hetsa upp sig över', 'ingen idé att bli arg', 'var inte så upprörd'],
  },
  TERMS_DOC: {
    doc: 'The terms or an earlier message quoted at the customer.',
    members: ['villkoren', 'våra villkor', 'köpvillkoren', 'avtalet', 'reglerna', 'instruktionerna', 'användarvillkoren', 'produktbeskrivningen', 'storleksguiden', 'vårt tidigare mejl', 'mitt tidigare mejl', 'vårt förra mejl', 'mitt förra mejl', 'bekräftelsen',
      'våra köpvillkor', 'köpvillkor', 'användarvillkor', 'bokningsvillkoren', 'våra bokningsvillkor', 'resevillkoren', 'våra resevillkor',
      'avtalsvillkoren', 'allmänna villkor', 'våra allmänna villkor', 'de allmänna villkoren',
      'hemsidan',
      'vår hemsida', 'webbplatsen', 'vår webbplats', 'vanliga frågor', 'garantivillkoren', 'hyresavtalet',
      'abonnemangsvillkoren', 'medlemsvillkoren', 'prislistan', 'vår prislista', 'avtalet du skrev under', 'det finstilta',
    ],
  },

  // ── hype ──────────────────────────────────────────────────────────────────────────────────
  HYPE_PHRASE: {
    doc: 'Sales pressure said whole: urgency, fear of missing out, promises no support agent can make.',
    members: [
      'agera nu', 'agera snabbt', 'agera idag', 'agera i dag', 'agera direkt', 'skynda dig', 'skynda er', 'skynda på', 'begränsad tid',
      'under begränsad tid', 'tidsbegränsat erbjudande', 'missa inte', 'garanterad nöjdhet', 'garanterad tillfredsställelse', 'garanterade resultat',
      'nöjdhet garanterad', 'riskfritt', 'helt riskfritt', 'utan risk', 'utan någon risk', 'i världsklass', 'en gång i livet', 'bli din egen chef',
      'så länge lagret räcker', 'du kommer inte att tro', 'världens bästa pris', 'marknadens bästa pris', 'marknadens lägsta pris', 'lägsta priset på marknaden', 'oslagbart pris', 'oslagbara priser', 'först till kvarn', 'begränsat antal', 'sista chansen', 'tillfälle kommer aldrig igen',
      'kommer aldrig igen', 'ett erbjudande du inte kan tacka nej till', 'marknadens bästa', 'marknadens lägsta pris', 'bäst i världen',
      'världens bästa', 'bäst i sverige', 'bäst i branschen', 'billigast i sverige', 'garanterat!', 'slå till nu', 'slå till innan',
      'slå till!', 'fynda nu', 'fynda innan', 'dubbla din inkomst', 'fördubbla din inkomst', 'fördubbla din lön', 'dubbelt så mycket',
      'passa på nu', 'passa på innan', 'aldrig varit billigare', 'har aldrig varit billigare', 'bättre än någonsin',
      'det bästa på marknaden', 'bäst på marknaden', 'oslagbart pris', 'oslagbara priser', 'garanterat lägsta pris',
      'helt gratis', 'endast idag', 'endast i dag', 'sista dagen', 'tar snart slut',
      'bara ett fåtal kvar', 'endast ett fåtal kvar', 'fåtal platser kvar', 'boka nu!', 'köp nu', 'beställ nu',
      'uppgradera nu', 'registrera dig nu', 'ring nu', 'vänta inte!', 'vänta inte längre', 'du kommer att älska',
      'du kommer älska', 'förändra ditt liv', 'livsförändrande', 'en chans du inte får missa', 'får inte missas',
      'unikt tillfälle', 'unik chans',
      'spara nu', 'spara stort', 'spara massor', 'du sparar massor', 'superrea*', 'megarea*', 'superpris*', 'billigare än någonsin', 'hittar inte billigare', 'inte billigare någon annanstans', 'billigare än så här', 'blir inte billigare', 'blir aldrig billigare', 'slår alla konkurrenter', 'slår konkurrenterna', 'billigare än konkurrenterna', 'bättre än konkurrenterna', 'klockrent köp', 'perfekt val för dig', 'det perfekta valet', 'garanterat nöjd', 'nöjd eller pengarna tillbaka', 'bästa priset, garanterat', 'till ett oslagbart pris', 'bästa erbjudande någonsin', 'bästa erbjudandet någonsin', 'lägsta pris någonsin', 'lägsta priset någonsin', 'passa på att fynda', 'ett måste för', 'du kan inte gå miste om', 'gå inte miste om',
    ],
  },
  HYPE_ADJ: {
    doc: 'Superlatives that sell rather than inform.',
    members: ['fantastisk*', 'otrolig*', 'grym*', 'sjuk*', 'oslagbar*', 'unik*', 'exklusiv*', 'galen', 'galet', 'galna', 'makalös*', 'superbra', 'bästa', 'sagolik*', 'enastående', 'oemotståndlig*', 'prisvärd*',
      'sensationell*', 'fenomenal*', 'suverän*', 'magisk*', 'episk*', 'kanon*', 'superb*', 'häpnadsväckande', 'maffig*',
      'grymma',
    ],
  },
  DEAL_NOUN: {
    doc: 'What a hype adjective sells.',
    members: ['erbjudande*', 'pris', 'priser', 'priset', 'deal', 'rabatt*', 'rea', 'kampanj*', 'chans*', 'tillfälle*', 'möjlighet',
      'kap', 'fynd', 'klipp', 'paket*', 'rabattkod*', 'värde', 'deals', 'extrapris*', 'lågpris*',
    ],
  },
  TOTAL: {
    doc: 'Totalising intensifiers put before "free" or "guaranteed".',
    members: ['100 %', '100%', 'hundra procent', 'helt och hållet', 'totalt', 'absolut'],
  },
  HYPE_OBJECT: {
    doc: 'What a totalising intensifier inflates.',
    members: ['gratis', 'kostnadsfritt', 'kostnadsfri', 'garanterat', 'garanterad', 'nöjd', 'säkert', 'riskfritt'],
  },
  ENDS_SOON: {
    doc: 'A deadline put on the customer ("endast idag").',
    members: ['idag', 'i dag', 'ikväll', 'i kväll', 'denna vecka', 'den här veckan', 'den här helgen', 'till midnatt', 'före midnatt', 'innan midnatt'],
  },

  // ── jargon ────────────────────────────────────────────────────────────────────────────────
  NOTIFY: {
    doc: 'Bureaucratic announcements that put a form between agent and customer.',
    members: [
      'vi vill informera om att', 'vi vill informera dig om att', 'vi vill härmed informera om att', 'vi vill upplysa om att', 'vi vill upplysa dig om att',
      'vi önskar informera om att', 'vi vill meddela att', 'vi vill härmed meddela att', 'härmed informerar vi', 'härmed meddelar vi', 'härmed bekräftar vi',
      'härmed upplyser vi', 'vänligen notera att', 'vänligen observera att', 'var vänlig notera att', 'var vänliga notera att', 'för kännedom',
      'vi vill informera dig', 'vi vill upplysa dig', 'vi ber dig notera att', 'notera vänligen att',
      'vi vill göra dig uppmärksam på att', 'vi vill uppmärksamma dig på att', 'vi ber dig vänligen', 'vi ber er vänligen',
      'vänligen beakta', 'vänligen uppmärksamma', 'vi bekräftar härmed', 'vi önskar meddela', 'vi vill härmed upplysa',
      'vänligen ta del av', 'för din kännedom', 'för er kännedom', 'för din information', 'vi vill påminna om att',
      'vi vill påminna dig om att', 'vi får härmed meddela', 'vi får meddela att', 'vi får informera om att',
    ],
  },
  VALUED: {
    doc: 'What a canned "we value…" claims to value.',
    members: ['dig som kund', 'er som kund', 'er som kunder', 'din lojalitet', 'er lojalitet', 'din affär', 'era affärer', 'ditt förtroende', 'ert förtroende', 'ditt engagemang', 'varje kund'],
  },
  YOUR_VOICE: {
    doc: 'What a canned "… is important to us" says matters.',
    members: ['ditt samtal', 'ert samtal', 'ditt ärende', 'ert ärende', 'din åsikt', 'din feedback', 'din synpunkt', 'dina synpunkter', 'varje kund', 'din nöjdhet'],
  },
  CANNED: {
    doc: 'Other canned formulas and corporate words, said whole.',
    members: [
      'värderad kund', 'värderade kund', 'värderade kunder', 'vid denna tidpunkt', 'i dagsläget och framöver', 'kundfokuserad*', 'kundcentrerad*',
      'kundorienterad*', 'synergi', 'synergier', 'synergieffekter', 'enligt våra register', 'enligt våra uppgifter', 'enligt vårt system',
      'enligt våra noteringar', 'vi tar detta på största allvar', 'vi tar det här på största allvar', 'vi tar ditt ärende på största allvar',
      'vi tar din feedback på största allvar', 'vi strävar alltid efter att', 'vi strävar efter att', 'bästa möjliga kundupplevelse',
      'bästa möjliga upplevelse', 'bästa möjliga service', 'framgent', 'i turordning', 'vi ber om förståelse för',
      'vi uppskattar ditt tålamod och din förståelse', 'tack för ditt tålamod och din förståelse',
      'vi ber om ert överseende', 'vi ber om överseende', 'ditt ärende har registrerats', 'ert ärende har registrerats',
      'ärendet har registrerats', 'ditt ärende är registrerat', 'kundnöjdhet är vår högsta prioritet',
      'din nöjdhet är vår högsta prioritet', 'vår högsta prioritet', 'helhetslösning',
      'i enlighet med ovanstående', 'ovanstående ärende',
      'vi tackar för ditt tålamod', 'vi tackar för din förståelse', 'tack för visad förståelse', 'tackar för visad förståelse', 'tack för din förståelse', 'tack för er förståelse', 'vi hoppas på din förståelse', 'vi hoppas på er förståelse', 'är under handläggning', 'ligger för handläggning', 'för vidare handläggning', 'ärendet är under utredning', 'ditt ärende är under utredning', 'med anledning av ditt ärende', 'med anledning av ert ärende', 'med anledning av din förfrågan', 'med anledning av er förfrågan', 'rubricerat ärende', 'rubricerade ärende', 'ovannämnd*', 'ovan nämnda', 'fortsatt gott samarbete', 'vi har tagit del av ditt ärende', 'vi har tagit del av er', 'vi har tagit del av din', 'vi har mottagit ditt ärende', 'ditt ärende har mottagits', 'ert ärende har mottagits', 'vi återkopplar i ärendet', 'återkoppling i ärendet', 'vi ber dig ha överseende', 'ha överseende med', 'vi ber om förståelse',
      // Feedback filed away in the company's improvement work, saying nothing about this case.
      'vi tar med oss dina synpunkter', 'vi tar med oss din feedback', 'vi tar med oss dina kommentarer', 'vi tar med oss det du skriver',
      'vi tar till oss dina synpunkter', 'vi tar till oss din feedback', 'vi tar till oss dina kommentarer', 'vi tar till oss det du skriver',
      'i vårt fortsatta kvalitetsarbete', 'i vårt kvalitetsarbete', 'i vårt fortsatta förbättringsarbete', 'i vårt förbättringsarbete',
      'i vårt ständiga förbättringsarbete', 'i vårt kontinuerliga förbättringsarbete', 'i vårt fortsatta utvecklingsarbete',
      'vi har noterat dina synpunkter', 'vi har noterat din feedback', 'vi har noterat dina kommentarer', 'vi noterar dina synpunkter',
      'vi arbetar ständigt med att förbättra', 'vi jobbar ständigt med att förbättra', 'vi arbetar kontinuerligt med att förbättra',
      'vi strävar ständigt efter att', 'tagit dig tid att kontakta oss', 'tar dig tid att kontakta oss', 'tagit dig tid att höra av dig',
      'tagit dig tid att skriva till oss', 'tar dig tid att dela med dig', 'tagit dig tid att dela med dig',
    ],
  },
  ROUTED: {
    doc: 'Verbs of the canned hand-off ("har eskalerats till berörd avdelning").',
    members: ['eskalerat', 'eskalerats', 'vidarebefordrat', 'vidarebefordrats', 'lyft', 'lyfts', 'skickat vidare', 'skickats vidare', 'överlämnat', 'överlämnats', 'överförts'],
  },
  RELEVANT_UNIT: {
    doc: 'The faceless "relevant department" of the canned hand-off.',
    members: ['berörd avdelning', 'berörda avdelningen', 'berörd instans', 'ansvarig avdelning', 'ansvariga avdelningen', 'relevant avdelning', 'relevanta avdelningen', 'behörig avdelning', 'behörig instans', 'ansvarig instans', 'berört team', 'ansvarigt team', 'relevant team', 'berörda funktionen', 'ansvarig handläggare', 'berörd funktion', 'ansvarig funktion', 'berörd enhet', 'berörda enheten', 'ansvarig enhet', 'ansvariga enheten', 'berörd verksamhet', 'berörda verksamheten'],
  },
};
