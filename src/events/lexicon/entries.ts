import type { EventType } from '../../model/types.js'

/**
 * One way of saying an event, by CAMEO code: verb lemmas (inflected by
 * `verbForms`), and what must follow the verb in its clause for this code
 * rather than another ("sent troops to" is a military move, "sent an envoy
 * to" a consultation). Entries sharing a verb are tried in order, most
 * specific first. The code of an entry is `codeFor(type, subtype)`
 * (src/events/codes.ts); docs/event-codes.md lists every row.
 *
 * The verbs come from the CAMEO codebook's descriptions and examples and
 * from ordinary English usage, not from any article.
 */
export interface LexiconEntry {
  readonly type: EventType
  readonly subtype?: string
  readonly verbs: readonly string[]
  /** Must match the words after the verb, up to the end of its clause. */
  readonly object?: RegExp
  /** Must not match the words after the verb. */
  readonly notObject?: RegExp
  /** Two distinct sides must be named (an accusation needs someone accused). */
  readonly twoSides?: boolean
  /**
   * With twoSides: or one country of the story's pair acts alone, on the other of the pair
   * ("Poland closed the Bobrowniki crossing" in a story of Poland and Belarus); pair-sides names it.
   */
  readonly orPair?: boolean
  /** The object acts on the subject: "the plan drew objections from Cairo" is Cairo's protest. */
  readonly reversed?: boolean
  /** A named person is object enough ("freed Brittney Griner", "was detained"): the nouns of `object` name people by kind only. */
  readonly person?: boolean
  /** Must match the words before the verb in its clause (who acts decides: "French troops left Niger"). */
  readonly subject?: RegExp
  /** Must not match the words before the verb ("the agreements aimed to enhance": a thing intends nothing). */
  readonly notSubject?: RegExp
}

// Complements that decide the code of an appeal, a demand or an intention:
// an infinitive ("urged X to withdraw") or a that-clause ("demanded that X withdraw").
const TO = String.raw`\b(?:to\s+|that\s+(?:[\w'’-]+\s+){1,4}?(?:should\s+|must\s+|immediately\s+)?)`
const TO_MEET = new RegExp(
  String.raw`^[^.;]{0,80}?${TO}(?:(?:hold|resume|return to|start|begin|open|restart|engage in|enter into)\s+(?:\w+\s+){0,2}(?:talks|negotiations|dialogue|consultations)|meet\b|negotiate\b|sit down)`,
  'i',
)
const TO_SETTLE = new RegExp(
  String.raw`^[^.;]{0,80}?${TO}(?:settle|resolve|peacefully resolve|end)\s+(?:\w+\s+){0,3}(?:dispute|conflict|differences|issues?)`,
  'i',
)
// Acts of yielding: what an appeal, a demand or an obligation asks the other side to stop, take back or undo.
const YIELDING = String.raw`withdraw|pull (?:back|out)|halt|stop|cease|end|refrain from|lift|reverse|rescind|revoke|repeal|scrap|drop|retract|abandon`
const TO_YIELD = new RegExp(String.raw`^[^.;]{0,80}?${TO}(?:${YIELDING}|exercise restraint|show restraint|de-?escalate)\b`, 'i')
const TO_RELEASE = new RegExp(String.raw`^[^.;]{0,80}?(?:${TO}(?:release|free|return)\b|\b(?:release|freeing|return) of\b)`, 'i')
const TO_AID = new RegExp(
  String.raw`^[^.;]{0,80}?${TO}(?:provide|send|deliver|give|offer|extend)\s+(?:\w+\s+){0,3}(?:aid|assistance|support|help|relief|supplies|loans?|funds?|funding)`,
  'i',
)
const TO_MEDIATE =
  /^[^.;]{0,80}?\b(?:to\s+(?:mediate|accept mediation|(?:facilitate|broker)\s+(?:[\w'’-]+\s+){0,2}?(?:dialogue|talks|negotiations|peace))|mediation)\b/i
// "vowed to deepen defence ties with", "intends to expand financing across": cooperation to grow.
const TO_COOPERATE = new RegExp(
  String.raw`^[^.;]{0,60}?\bto\s+(?:further\s+)?(?:deepen|strengthen|expand|boost|enhance|step up|broaden|upgrade|elevate|bolster|intensify|widen|scale up|put)\s+(?:[\w'’-]+\s+){0,5}?(?:ties|relations|relationship|cooperation|partnership|trade|links|engagement|investment|financing|access|exchanges|at the cent(?:re|er))\b`,
  'i',
)
// "reaffirmed its commitment to close cooperation", "reiterated their commitment to deepening ties".
const COMMITTED =
  /^\s+(?:(?:their|its|his|her|the|a|strong|full|firm|continued|shared|mutual)\s+)*commitments?\s+to\s+(?:[\w'’“”"-]+\s+){0,6}?[“"]?(?:cooperation|ties|relations|relationship|partnership|friendship|dialogue|deepening|strengthening|expanding|developing|promoting|advancing|enhancing|boosting)\b/i
// "pledged support for X's bid", "expressed full support for X".
const SUPPORT_FOR = /^\s+(?:(?:their|its|his|her|the|a|strong|full|firm|continued|unwavering)\s+)*(?:support|backing)\s+(?:for|to)\b/i
// "expressed their willingness to resume flights", "voiced readiness to deepen ...".
const WILLING = /^\s+(?:(?:their|its|his|her|the|a|strong|full)\s+)*(?:willingness|readiness|desire|intention)\s+to\b/i
// Up to four words before the force: counts and type names included ("up to 10,000 additional troops", "T-90 tanks").
const TROOPS =
  /^\s+(?:(?:[\w,.-]+\s+){0,4}?)(?:troops|soldiers|forces|warships|fighter jets|military|tanks|missiles|reinforcements|battalions?|brigades?|units|artillery|(?:rocket\s+)?launchers|air defen[cs]e systems|armou?red vehicles|(?:infantry\s+)?combat vehicles|(?:aircraft\s+)?carriers?|(?:carrier\s+)?strike groups?|task forces?|bombers|destroyers|submarines)\b/i
const ENVOY = /^\s+(?:(?:\w+\s+){0,3}?)(?:envoy|delegation|ambassador|representative|emissary|minister|officials?)\b/i
const SANCTIONS =
  /^\s+(?:(?:[\w$€£%.,'’-]+\s+){0,4}?)(?:sanctions|embargo(?:es)?|tariffs?|duties|levies|levy|anti-dumping\s+\w+|(?:import\s+)?taxes\s+on|export (?:controls|bans?|curbs|restrictions)|import (?:bans?|curbs|restrictions)|trade (?:restrictions|curbs|barriers)|(?:retaliatory|punitive)\s+(?:controls|checks|measures|curbs)|countermeasures|bans?|restrictions\s+on|curbs\s+on|suspension\s+(?:of|on)|visa (?:requirements|restrictions|bans?)|boycotts?)\b/i
const DIPLOMATS =
  /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:diplomats?|ambassador|high commissioner|envoy|attach[eé]s?|embassy staff|consul(?:s|ar staff)?|charg[eé] d['’]affaires|officials?|nationals|citizens|journalists|correspondents|workers|migrants)\b/i
// People of a country, by a noun of persons or a nationality in the plural ("New Zealanders", "Afghans", "Chinese").
const DEPORTEES =
  /^\s+(?:[\w,'’-]+\s+){0,4}?(?:(?:nationals|citizens|migrants|people|persons|asylum seekers|refugees|criminals|workers|deportees|separatists|militants|suspects|members|fighters|smugglers|traffickers)\b|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ers|ans|ians|is|ese|os|s)\b)/
const PERSONS =
  /^\s+(?:(?:[\w'’-]+\s+){0,6}?)(?:nationals?|citizens?|fisherm[ae]n|crews?(?: members)?|sailors?|soldiers?|journalists?|activists?|tourists?|businessm[ae]n|students?|workers|spy|spies|agents|operatives|informants|suspects?|officers?|servicem[ae]n|troops|diplomats?|reporters?|correspondents?|commanders?|officials?|pilots?|executives?|employees?|lawmakers?|researchers?|people|persons|men|women|hostages|prisoners|detainees|members|separatists|militants|migrants|smugglers|traffickers|farmers|herders|traders|miners|drivers|captives|him|her|them|he|she|they)\b/i
// The troops as the subject, right before the verb ("French troops have begun to leave").
const TROOPS_BEFORE =
  /\b(?:troops|soldiers|forces|contingents?|peacekeepers|battalions?|brigades?|warships|border guards)\s+(?:(?:have|has|had|will|would|also|finally|fully|all|began to|begun to|started to|begin to)\s+){0,2}$/i
// A document or an occasion as the subject, right before the verb: what it aims at is no one's stated intent.
const THING_BEFORE =
  /\b(?:agreements?|deals?|accords?|memorand(?:um|a)|documents?|plans?|programmes?|programs?|projects?|initiatives?|measures?|visit|talks|meeting|summit|forum)\s+(?:(?:is|are|was|were|also|both)\s+){0,2}$/i
/** A side named as doing what one charges it with: "Kabul was harbouring militants", "Belgrade is deliberately escalating". */
export const CHARGED_DOING = String.raw`(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:was|is|were|are|had been|has been|have been)\s+(?:(?:deliberately|actively|openly|still|secretly)\s+)?(?:harbou?ring|sheltering|supporting|backing|arming|funding|financing|sponsoring|behind|responsible for|interfering|meddling|plotting|spying|provoking|escalating|violating|undermining|stoking|fomenting|inciting)\b`
// Warplanes or warships as the subject, right before the verb.
const WARCRAFT_BEFORE =
  /\b(?:bombers|warplanes|fighter jets|fighters|military aircraft|military planes|military drones|warships|destroyers|frigates|aircraft carriers?|naval vessels|coast guard vessels|coast guard ships)\s+(?:(?:have|has|had|also|again|repeatedly|reportedly)\s+){0,2}$/i
// A crowd as the subject, right before the verb ("protesters have stormed").
const CROWD_BEFORE =
  /\b(?:protesters|protestors|demonstrators|crowds?|mobs?|rioters|students|activists|hundreds|thousands)\s+(?:(?:have|has|had|also|then|later|briefly)\s+){0,2}$/i
// Another country's mission named ahead in the clause.
const MISSION_AHEAD = /^[^.;]{0,100}?\b(?:embass(?:y|ies)|consulates?|high commission|diplomatic mission)\b/i
const PROPERTY =
  /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:vessels?|ships?|boats?|trawlers?|tankers?|cargo|assets|property|properties|aircraft|plane|shipments?|goods|equipment|funds|artefacts?|artifacts?|relics|antiquities|treasures|remains|manuscripts|sculptures|bronzes)\b/i
// The words before "relations" qualify them ("their full diplomatic"); a preposition
// there makes them the topic of another object ("resumed talks on diplomatic ties").
const RELATIONS = /^\s+(?:(?:(?!(?:on|about|over|for|of|to|towards?)\b)\w+\s+){0,3}?)(?:diplomatic\s+)?(?:relations|ties)\b/i
const MISSIONS = /^\s+(?:(?:\w+\s+){0,2}?)(?:embass(?:y|ies)|consulates?|diplomatic missions?|missions)\b/i
const TALKS =
  /^\s+(?:(?:\w+\s+){0,3}?)(?:talks|negotiations|dialogue|consultations|meeting|visit|proposal|offer|invitation|mediation|mediators?|(?:mediation|peace|diplomatic|trade|business|investment)\s+(?:missions?|efforts?|initiatives?)|overtures)\b/i
// The nouns of an agreement: left or suspended (AGREEMENT_OBJECT), or undone, with contracts and plans (UNDONE_OBJECT).
const AGREEMENTS = String.raw`treaty|treaties|agreements?|accords?|pacts?|deals?|memorand(?:um|a)|conventions?`
const AGREEMENT_OBJECT = new RegExp(String.raw`^\s+(?:(?:[\w'’-]+\s+){0,6}?)(?:${AGREEMENTS})\b`, 'i')
const UNDONE_OBJECT = new RegExp(String.raw`^\s+(?:(?:[\w$€£%.,'’-]+\s+){0,6}?)(?:${AGREEMENTS}|contracts?|plans?|scheme)\b`, 'i')
const CANCEL = [
  'cancel',
  'scrap',
  'terminate',
  'annul',
  'revoke',
  'tear up|tears up|tore up|torn up|tearing up',
  'abrogate',
  'denounce',
  'discontinue',
  'ditch',
  'axe|axes|axed|axing',
]
const AID_OBJECT = /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:aid|assistance|support|funding|loans?|programmes?|programs?|cooperation)\b/i
const STRIKE_OBJECT =
  /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:positions?|targets?|territory|villages?|towns?|bases?|posts?|border|troops|forces|soldiers|military|facilities|sites?|ships?|vessels?)\b/i
const LAND = /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:territory|territories|islands?|region|areas?|land|villages?|towns?|heights|border (?:areas?|posts?)|positions)\b/i
const CEASEFIRE = /^\s+(?:(?:\w+\s+){0,2}?)(?:ceasefire|cease-fire|truce|armistice)\b/i
const SPACE = /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:airspace|waters|territorial waters|exclusive economic zone|eez|border)\b/i

// "chargé": JavaScript's \b sees no word boundary after an accented letter.
const CHARGE = String.raw`charg[eé](?![a-zà-ÿ])`

// Words of blame that make calling or describing something a criticism.
// The label within 60 characters of the verb, or right after an "as" that a long object puts
// further off ("described the action of levying a 25 per cent tariff on its goods as unfair").
const NEGATIVE =
  /^\s+(?:[^.;]{0,60}?|[^.;]{0,160}?\bas\s+["“‘']?(?:[\w-]+,?\s+){0,3}?)\b(?:unacceptable|reckless|hasty|irresponsible|provocative|dangerous|unsafe|unprofessional|illegal|illegitimate|unlawful|corrosive|hostile|aggressive|absurd|baseless|groundless|unfounded|interference|meddling|hypocritical|disproportionate|regrettable|deplorable|outrageous|shameful|lies|slanderous|malicious|destabili[sz]ing|espionage|propaganda|bullying|blackmail|coercion|coercive|theatre|theater|unhelpful|cruel|insult(?:ing)?|violations?|revenge|provocations?|unjustified|unwarranted|unjust|unfair|arbitrary|intimidation|inhumane|barbaric|politically motivated|fantasy|nonsense|mistake|mistaken|blunder)\b/i

// Verbs that report what a side holds the other must do.
const OBLIGE = ['say|says|said|saying', 'insist', 'stress', 'reiterate', 'maintain', 'argue', 'warn']
// The other side named as the subject of an obligation: "(that) China must", "the United States should", "India needs to".
const OBLIGED_SIDE = String.raw`^\s+(?:that\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}(?:must|should|needs\s+to|need\s+to|has\s+to|have\s+to|ought\s+to)\s+(?!not\b|be\b|have\b|also\s+be\b)`
const YIELD_ACTS = String.raw`(?:immediately\s+)?(?:${YIELDING}|release|free|return|hand\s+over|apologi[sz]e)\b`

const APPEAL = ['urge', 'call on', 'call upon', 'appeal to', 'implore', 'encourage', 'press', 'ask', 'plead with']
// Appeals addressed to everyone or to both sides at once are exhortation, not an act toward the other side.
// "held a call on Thursday to discuss": a day after "call on" is no one appealed to.
const NOT_SELF = String.raw`(?!\s*(?:both|all|the two|each other|one another|the international community|the world|everyone|all parties|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b)`
const DEMAND = ['demand', 'insist']
// Drawing a reaction from someone: "drew objections from Cairo", "prompted criticism from Kyiv".
const DRAW = ['draw|draws|drew|drawn|drawing', 'provoke', 'spark', 'trigger', 'prompt']
const INTEND = ['pledge', 'vow', 'promise', 'offer', 'commit']
// "stands ready to", "was willing to", "is prepared to": readiness stated as a
// predicate, not a verb; the infinitive after it decides the code, as after "pledged to".
const readiness = (verbs: readonly string[]) => ['ready', 'willing', 'prepared'].map((adjective) => verbs.map((verb) => `${verb} ${adjective}`).join('|'))
const READY = readiness(['is', 'are', 'was', 'were', 'be', 'been', 'stand', 'stands', 'stood', 'remain', 'remains', 'remained'])
// Readiness told as a past act ("stood ready", "was willing"): the present "is ready to" of a quoted
// statement is the stance of the day, which the narrower complements above read when it matters.
const READY_TOLD = readiness(['was', 'were', 'been', 'stood', 'remained'])
// "ready to work with Washington", "willing to sign a trade deal with": cooperation offered.
const TO_WORK_WITH = new RegExp(
  String.raw`^\s+to\s+(?:(?:help|further|jointly)\s+)?(?:(?:work|cooperate|partner|engage)\s+with|(?:sign|conclude|negotiate|finali[sz]e)\s+(?:[\w'’-]+\s+){0,5}?(?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?)|(?:finance|fund|invest in|support)\b)`,
  'i',
)
// "vowed to work together to counter terrorism", "pledged to cooperate closely": cooperation promised.
const PLAN_NOUN = String.raw`(?:road ?map|action plan|plan of action|plans?|programme|program|declaration|framework|agreement|treaty|accord)`
const PLAN = new RegExp(String.raw`^\s+(?:(?:[\w'’-]+\s+){0,5}?)${PLAN_NOUN}\b`, 'i')
const SHARED_PLAN = new RegExp(
  String.raw`^\s+(?:(?:[\w'’-]+\s+){0,3}?(?:joint|common|bilateral)\s+(?:[\w'’-]+\s+){0,2}?${PLAN_NOUN}\b|(?:[\w'’-]+\s+){0,5}?${PLAN_NOUN}\s+(?:of|for|on)\s+(?:[\w'’-]+\s+){0,2}?(?:partnership|cooperation|alliance)\b)`,
  'i',
)
// Both sides as the subject: "X and Y", "the two leaders", "the presidents".
const BOTH_SIDES_BEFORE = /(?:\band\b|\bboth\b|\btwo\b|\b(?:leaders|sides|presidents|ministers|governments|countries|delegations|delegates)\b)[^,;]*$/i
// An act of the other side named again by a determiner ("the protest", "that condition", "those concerns"),
// or charges said to be made ("rejected accusations that civilians were targeted").
const TOLD_ACT =
  /^\s+(?:(?:the|that|this|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:protests?|notes?|charges?|accusations?|allegations?|claims?|conditions?|concerns|demands?|criticism|complaints?|remarks|request|proposal|ultimatum|warnings?|reports?|assertions?|account|measures|move|decision|ban|draft)|(?:[\w-]+\s+)?(?:accusations|allegations|charges|claims)\s+(?:that|of)\b)/i
// Killing verbs, read with who killed (ARMED_AGENT_BEFORE) and whom.
const KILL = ['kill', 'shoot dead|shoots dead|shot dead|shooting dead', 'gun down|guns down|gunned down|gunning down', 'murder']
// Armed men of one side as the subject: "Namibian police shot dead", "an embassy guard who shot dead" (not "the
// floods killed", "the blast that killed", nor the passive, told by the fighting that did it).
const ARMED_AGENT_BEFORE =
  /\b(?:police(?:men)?|soldiers|troops|forces|guards?|gendarmes|gendarmerie|navy|sailors|marines|coast ?guards?|army|officers|gunmen|militia(?:men)?|security agents)\s+(?:(?:who|that|had|have|has|reportedly|allegedly)\s+)*$/i
// What one side asks or demands of the other: "an apology", "a full investigation", "$8 million in compensation", "consular access".
const OWED_BY_THE_OTHER =
  /^\s+(?:[\w$€£%.,'’-]+\s+){0,4}?(?:apology|apologies|explanation|compensation|reparations|clarification|investigation|inquiry|probe|consular access)\b/i
const TO_WORK_TOGETHER = /^\s+to\s+(?:(?:further|jointly|closely)\s+)?(?:work\s+(?:together|closely|hand in hand)|cooperate|join hands|coordinate)\b/i
// "will continue to firmly support Pakistan", "would continue to cooperate with Cuba": a commitment going forward.
const CONTINUE = ['will continue|would continue|shall continue|to continue|will keep|would keep']
const TO_KEEP_SUPPORTING = new RegExp(
  String.raw`^\s+(?:to\s+)?(?:(?:firmly|further|actively|closely|strongly|fully|steadfastly)\s+)?(?:support(?:ing)?|back(?:ing)?|stand(?:ing)? (?:by|with)|(?:cooperat(?:e|ing)|work(?:ing)?) (?:closely\s+)?with|help(?:ing)?|assist(?:ing)?)\s+(?!the\s+(?:idea|notion|view)\b)(?:[\w'’-]+\s+){0,3}?\p{Lu}`,
  'u',
)
// "stood ready to supply power to X", "pledged to share intelligence with X", "offered to build a bridge": an
// undertaking toward the other side that no narrower complement above names (CAMEO 030). An infinitive is
// needed ("committed to the process" is no undertaking), and hostile ones are threats, not intents.
const TO_UNDERTAKE = /^\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|be|date)\b)(?:[a-z]+ly\s+)?[a-z]+\b/i
const TO_HOSTILE =
  /^\s+to\s+(?:[a-z]+ly\s+)?(?:retaliate|respond|react|defend|fight|attack|strike|punish|impose|expel|sanction|use|take|cut|sever|close|halt|stop|suspend|block|ban|downgrade|recall|reconsider|review|protest|reject|oppose|challenge|sue|seek|demand|press|withdraw|leave|quit|annex|seize|invade)\b/i
// "was ready to use all the means at its disposal against X": force or measures offered against the other side.
const TO_USE_AGAINST = /^\s+to\s+(?:use|take|deploy|employ)\b[^.;]{0,60}?\bagainst\b/i

export const LEXICON: readonly LexiconEntry[] = [
  // 02 Appeal: the complement decides the code.
  // "Ankara expects concrete steps from Stockholm": action required of the other side (CAMEO 10).
  {
    type: 'demand',
    verbs: ['expect'],
    object:
      /^\s+["“]?(?:concrete|tangible|decisive|clear|swift|immediate|credible|practical)\s+(?:steps|actions?|measures|explanations?|answers|guarantees)\b/i,
  },
  // "expects Stockholm not to allow the protest", "expects India to fully cooperate", "expects Islamabad to take
  // credible action": conduct required of the other side.
  {
    type: 'demand',
    verbs: ['expect'],
    object:
      /^\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}(?:not\s+to\b|to\s+(?:(?:fully|immediately|swiftly|promptly|seriously)\s+)?(?:stop|halt|end|withdraw|lift|reverse|ensure|respect|honou?r|fulfil|comply|abide|prevent|ban|allow|extradite|hand over|cooperate|collaborate|apologi[sz]e|explain|take|act|crack down|dismantle|punish|prosecute|investigate|release|free|return|address|refrain|desist|exercise|reconsider|rethink|revoke|rescind)\b)/u,
    twoSides: true,
  },
  { type: 'demand', subtype: 'appeal_meet', verbs: APPEAL, object: TO_MEET, twoSides: true },
  { type: 'demand', subtype: 'appeal_settle', verbs: APPEAL, object: TO_SETTLE },
  { type: 'demand', subtype: 'appeal_mediate', verbs: APPEAL, object: TO_MEDIATE },
  { type: 'demand', subtype: 'appeal_yield', verbs: APPEAL, object: TO_YIELD, twoSides: true },
  { type: 'demand', subtype: 'appeal_aid', verbs: APPEAL, object: TO_AID, twoSides: true },
  // "pressed Beijing for the early release of", "pressed Germany for reparations", "requested military assistance from Moscow".
  {
    type: 'demand',
    subtype: 'release',
    verbs: APPEAL,
    object: /^\s+(?:[\w'’.-]+\s+){0,6}?for\s+(?:the\s+)?(?:(?:early|immediate|swift|prompt|unconditional|safe)\s+)?(?:release|return|repatriation)\b/i,
    twoSides: true,
  },
  {
    type: 'demand',
    verbs: APPEAL,
    object: /^\s+(?:[\w'’.-]+\s+){0,6}?for\s+(?:reparations|compensation|an? apology|answers|explanations?|clarification|accountability)\b/i,
    twoSides: true,
  },
  {
    type: 'demand',
    subtype: 'appeal_aid',
    verbs: ['request', 'seek', 'ask for'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:aid|assistance|help|support|relief|supplies|vaccines?|doses|weapons)\s+from\b/i,
    twoSides: true,
  },
  {
    type: 'demand',
    subtype: 'appeal',
    verbs: APPEAL,
    object: new RegExp(String.raw`^${NOT_SELF}\s+[^.;]{0,80}?\b(?:to|not to)\s+["“‘']?\w+`, 'i'),
    twoSides: true,
  },
  // "told Islamabad to withdraw", "was told to ensure that ...": an order given to the other side (10). The person
  // told comes right before "to" (a few words at most), so "told reporters that X wants to visit" is not one.
  {
    type: 'demand',
    verbs: ['tell|tells|told|telling'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|media)\b)[a-z]+/i,
    notObject: /^\s+(?:reporters|journalists|the media|a news conference|a press conference|lawmakers|parliament|state media|broadcaster)\b/i,
    twoSides: true,
  },
  // Appeals for help or answers: "asked Finnish authorities for assistance".
  {
    type: 'demand',
    subtype: 'appeal',
    verbs: ['ask', 'request', 'seek', 'appeal to'],
    object: new RegExp(
      String.raw`^${NOT_SELF}\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:[\w-]+\s+)?(?:help|assistance|support|cooperation|information|access|records|evidence|clarification|explanations?)\b`,
      'i',
    ),
    twoSides: true,
  },
  // 10 Demand.
  // "Kenya wants Tanzania to lift the ban": a wish of one side put to the other.
  { type: 'demand', verbs: ['want'], object: new RegExp(String.raw`^${NOT_SELF}\s+(?!to\b)(?:[\w'’.-]+\s+){1,4}?to\s+\w+`, 'i'), twoSides: true },
  // "We hope that these rights will be respected": a wish for what the other side must uphold is an appeal.
  {
    type: 'demand',
    subtype: 'appeal',
    verbs: ['hope', 'trust', 'expect'],
    object:
      /^\s+that\s+[^.;]{1,80}?\b(?:will|would|shall)\s+(?:be\s+)?(?:\w+ly\s+)?(?:respected|protected|upheld|honou?red|safeguarded|guaranteed|ensured|observed|released|returned|respect|protect|uphold|honou?r|ensure|guarantee)\b/i,
  },
  // "Havana wants to be taken off the list": what it wants done to it is the other side's to do.
  {
    type: 'demand',
    verbs: ['want', 'expect'],
    object:
      /^\s+to\s+be\s+(?:\w+ly\s+)?(?:removed|taken off|delisted|released|freed|compensated|consulted|exempted|included|admitted|allowed|given|granted|paid|returned|lifted)\b/i,
  },
  // "Paris wants clear explanations from Canberra": answers asked of the other side.
  {
    type: 'demand',
    verbs: ['want', 'seek', 'expect'],
    object: /^\s+["“]?(?:[\w'’-]+\s+){0,3}?(?:explanations?|apology|apologies|answers|clarifications?|compensation|guarantees|assurances)["”]?\s+from\b/i,
    twoSides: true,
  },
  {
    type: 'demand',
    verbs: ['call for'],
    notObject:
      /^\s+(?:(?:[\w-]+\s+){0,3}?)(?:cooperation|ties|exchanges|partnership|friendship|relations|connectivity|trade|investment|development|peace and stability)\b/i,
  },
  { type: 'demand', subtype: 'release', verbs: DEMAND, object: TO_RELEASE },
  // "is requesting a £50 million payment from Britain", "seeks $8 million in compensation from".
  {
    type: 'demand',
    verbs: ['request', 'seek', 'claim', 'demand'],
    object:
      /^\s+(?:an?\s+|the\s+)?[£$€]?\s?[\d.,]+(?:\s*(?:million|billion|bn|m))?\s+(?:[\w'’-]+\s+){0,3}?(?:payment|payments|compensation|refund|reimbursement|damages)\b/i,
    twoSides: true,
  },
  { type: 'demand', subtype: 'meet', verbs: DEMAND, object: TO_MEET },
  { type: 'demand', subtype: 'yield', verbs: DEMAND, object: TO_YIELD },
  // "demanded China review the import ban", "insisted Kabul hand over the suspects": the subjunctive without "that".
  {
    type: 'demand',
    subtype: 'yield',
    verbs: DEMAND,
    object:
      /^\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}(?:review|reconsider|withdraw|lift|reverse|rescind|revoke|halt|stop|end|cease|release|free|return|hand over|extradite|apologi[sz]e|compensate|explain|respect|abide by|comply with|pull back|pull out)\b/u,
    twoSides: true,
  },
  // "said Manila must stop its provocations", "insisted Tokyo should lift the ban": an obligation laid on the
  // other side in reported speech is a demand (10), to yield (105) when it is to stop, withdraw or undo.
  { type: 'demand', subtype: 'yield', verbs: OBLIGE, object: new RegExp(`${OBLIGED_SIDE}${YIELD_ACTS}`, 'u'), twoSides: true },
  { type: 'demand', verbs: OBLIGE, object: new RegExp(OBLIGED_SIDE, 'u'), twoSides: true },
  // "demanded an apology", "demanded a full investigation", "demanded consular access to the men": owed by the
  // other side of the story, whom the sentence need not name.
  {
    type: 'demand',
    verbs: ['demand'],
    object: OWED_BY_THE_OTHER,
  },
  // "requested consular access", "sought an explanation": the same things asked, not demanded (020).
  {
    type: 'demand',
    subtype: 'appeal',
    verbs: ['request', 'seek', 'ask for|asks for|asked for|asking for'],
    object: OWED_BY_THE_OTHER,
  },
  // "demanded that ...", "formally requested on Tuesday that ...": a short adverbial may stand before "that".
  {
    type: 'demand',
    verbs: ['demand', 'request'],
    object:
      /^\s+(?:(?:(?:formally|officially|publicly|again|also|repeatedly|on\s+\w+day|last\s+week)\s+){0,2}that\b|(?:[\w'’-]+\s+){0,3}?(?:apology|explanation|withdrawal|release|compensation|halt|end|stop|return|answers|clarification|guarantees|investigation|accountability|justice|reparations)\b|(?:[\w'’.-]+\s+){1,3}["“]?(?:stop|cease|end|halt|withdraw|release|return|apologi[sz]e|refrain|respect|lift|reverse)\b)/i,
    twoSides: true,
  },
  // "asked Zambia for grain", "appealed to Tokyo for help": what is asked for decides the code (023).
  {
    type: 'demand',
    subtype: 'appeal_aid',
    verbs: ['ask', 'appeal to', 'turn to'],
    object:
      /^\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}for\s+(?:[\w-]+\s+){0,3}?(?:grain|food|aid|assistance|help|support|loans?|funds|funding|fuel|electricity|vaccines|weapons|arms|relief)\b/u,
  },
  // 03 Intent.
  // "assured Spain that its gas supplies would not be disrupted", "assured the Philippines of a stable supply".
  { type: 'statement', subtype: 'intent', verbs: ['assure', 'reassure'], object: /^\s+(?:[\w'’.-]+\s+){1,5}?(?:that|of)\b/i, twoSides: true },
  { type: 'statement', subtype: 'intent_aid', verbs: INTEND, object: TO_AID, twoSides: true },
  { type: 'statement', subtype: 'intent_meet', verbs: INTEND, object: TO_MEET, twoSides: true },
  { type: 'statement', subtype: 'intent_mediate', verbs: INTEND, object: TO_MEDIATE },
  {
    type: 'statement',
    subtype: 'intent',
    verbs: [...INTEND, 'intend', 'plan', 'seek', 'aim', 'resolve'],
    object: new RegExp(`${TO_COOPERATE.source}|${TO_WORK_TOGETHER.source}`, 'i'),
    notSubject: THING_BEFORE,
    twoSides: true,
  },
  { type: 'statement', subtype: 'intent', verbs: ['express', 'voice', 'reaffirm', 'affirm'], object: WILLING },
  { type: 'statement', subtype: 'intent', verbs: CONTINUE, object: TO_KEEP_SUPPORTING, twoSides: true },
  { type: 'statement', subtype: 'intent_aid', verbs: READY, object: TO_AID, twoSides: true },
  { type: 'statement', subtype: 'intent_meet', verbs: READY, object: TO_MEET, twoSides: true },
  { type: 'statement', subtype: 'intent_mediate', verbs: READY, object: TO_MEDIATE, twoSides: true },
  { type: 'threat', verbs: READY, object: TO_USE_AGAINST, twoSides: true },
  { type: 'statement', subtype: 'intent', verbs: READY, object: new RegExp(`${TO_COOPERATE.source}|${TO_WORK_WITH.source}`, 'i'), twoSides: true },
  {
    type: 'statement',
    subtype: 'intent',
    verbs: [...INTEND.filter((v) => v !== 'commit'), ...READY_TOLD],
    object: TO_UNDERTAKE,
    notObject: TO_HOSTILE,
    notSubject: THING_BEFORE,
    twoSides: true,
  },
  // "reaffirmed its commitment to close cooperation with X", "reiterated their commitment to deepening ties".
  {
    type: 'statement',
    subtype: 'intent',
    verbs: ['reaffirm', 'affirm', 'reiterate', 'renew', 'restate', 'express', 'voice'],
    object: COMMITTED,
    twoSides: true,
  },
  // "pledged support for X's bid", "reaffirmed its support for X": verbal backing (CAMEO 051 praise or endorse; "expressed support and concern" is read as concern).
  {
    type: 'statement',
    subtype: 'praise',
    verbs: ['pledge', 'reaffirm', 'reiterate', 'renew', 'voice', 'express', 'declare', 'offer'],
    object: SUPPORT_FOR,
    twoSides: true,
  },
  // 01 Statements: denials of responsibility (016, told as a rejection: the charge is turned away), apologies; 05 verbal support.
  {
    type: 'rejection',
    subtype: 'deny',
    verbs: ['deny'],
    object:
      /^\s+(?:that\b|having\b|(?:(?:any|all|its|his|the|their)\s+)?(?:involvement|responsibility|role|allegations?|accusations?|claims?|charges?|reports?|wrongdoing|links?|knowledge|(?:hostile\s+)?intent)\b|(?!being\b|nothing\b)\w+ing\b)/i,
  },
  // An apology is owed to the other side of the story, named or not ("the ministry apologised on Wednesday").
  { type: 'statement', subtype: 'apology', verbs: ['apologize', 'apologise'] },
  // "renewed its sovereignty claim over the islands", "reasserted their claims to the reef": a claim stated again.
  {
    type: 'statement',
    subtype: 'comment',
    verbs: ['renew', 'reassert', 'reiterate', 'restate', 'repeat', 'assert'],
    object:
      /^\s+(?:(?:its|their|his|her|the|a|long-standing|longstanding|territorial|sovereignty|historical|historic|legal)\s+){0,3}claims?\s+(?:over|to|on)\b/i,
  },
  // Regret of what the other side did ("regretted Kenya's decision", "noted with regret"); optimism voiced.
  {
    type: 'statement',
    subtype: 'pessimistic',
    verbs: ['regret', 'lament', 'note with regret|notes with regret|noted with regret|noting with regret'],
    object: /^\s+(?:the|that|what|its|their|his|her|this|\p{Lu})/u,
    twoSides: true,
  },
  {
    type: 'statement',
    subtype: 'pessimistic',
    verbs: ['express', 'voice'],
    object: /^\s+(?:(?:its|their|his|her|deep|profound|great|strong)\s+)*regrets?\b/i,
    twoSides: true,
  },
  { type: 'statement', subtype: 'optimistic', verbs: ['express', 'voice'], object: /^\s+(?:(?:its|their|his|her|cautious|strong|great)\s+)*optimism\b/i },
  // 05 Praise: "praised Ghana for its role", "thanked Chile for the firefighters", "welcomed Kenya's decision".
  { type: 'statement', subtype: 'praise', verbs: ['praise', 'commend', 'hail', 'laud', 'applaud', 'thank'], twoSides: true },
  {
    type: 'statement',
    subtype: 'praise',
    verbs: ['welcome'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:decision|move|step|steps|efforts?|role|announcement|initiative|commitment|proposal|offer|release|resumption|progress|support|contribution)\b/i,
    twoSides: true,
  },
  // "heaped praise on", "threw its weight behind": praise and backing said by an idiom.
  { type: 'statement', subtype: 'praise', verbs: ['heap', 'shower', 'lavish', 'pour'], object: /^\s+(?:\w+\s+)?praise\s+(?:on|upon)\b/i, twoSides: true },
  {
    type: 'statement',
    subtype: 'praise',
    verbs: ['throw|throws|threw|thrown|throwing', 'put|puts|putting'],
    object: /^\s+(?:its|their|his|her|the)\s+(?:full\s+|considerable\s+)?weight\s+behind\b/i,
    twoSides: true,
  },
  {
    type: 'statement',
    subtype: 'support',
    verbs: ['back', 'endorse', 'support'],
    object: /^\s+(?:(?:\w+['’]?s?\s+){0,3}?)(?:bid|candidacy|position|stance|claim|claims|sovereignty|territorial integrity)\b/i,
    twoSides: true,
  },
  // An agreement extended or renewed ("the treaty was extended by five years").
  {
    type: 'agreement',
    verbs: ['extend', 'renew', 'prolong'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:treaty|agreement|accord|pact|deal|memorandum|arrangement|partnership)\b/i,
  },
  // A common plan adopted by both sides: both named as the subject ("Kenya and Tanzania adopted an action plan",
  // "the leaders approved a roadmap"), or the plan said to be shared ("a programme of partnership between them was
  // approved"). One side approving a plan of its own ("approved a programme to build a road") is no agreement.
  { type: 'agreement', verbs: ['adopt', 'approve'], subject: BOTH_SIDES_BEFORE, object: PLAN, twoSides: true },
  { type: 'agreement', verbs: ['adopt', 'approve'], object: SHARED_PLAN, twoSides: true },
  // 05 Ratification: the formal step after a signing.
  { type: 'agreement', verbs: ['ratify'], object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:treaty|agreement|accord|pact|convention|deal|protocol|memorandum)\b/i },
  // 04 Consultation: "the two sides exchanged views on regional issues".
  { type: 'talks', verbs: ['exchange'], object: /^\s+(?:(?:[\w-]+\s+){0,2}?)(?:views|opinions|ideas)\b/i },
  // "the two sides last sat down over the boundary": a sitting of the sides (040); "sat down for talks" is the noun's (event-noun).
  {
    type: 'talks',
    verbs: ['sit down|sits down|sat down|sitting down'],
    object: /^\s+(?:(?:together|again|once more|face to face)\s+)?(?:over|about|to discuss|to negotiate|with)\b/i,
  },
  // 04 Mediation.
  {
    type: 'talks',
    subtype: 'mediation',
    verbs: ['mediate', 'broker'],
    object: /^\s+(?:(?:\w+\s+){0,3}?)(?:talks|deal|agreement|truce|ceasefire|peace|between|dialogue|exchange)\b/i,
  },
  // 04 A sitting told as sitting down ("sat down together", "sat down with X"); "sat down for talks" is event-noun's.
  { type: 'meeting', verbs: ['sit down|sits down|sat down|sitting down'], object: /^\s+(?:together\b|with\s+\p{Lu})/u, twoSides: true },
  // 04 Consultation by envoy ("sent an envoy to").
  // "sent the ambassador back home" is an expulsion (below), not an envoy dispatched.
  { type: 'meeting', verbs: ['send|sends|sent|sending', 'dispatch'], object: ENVOY, notObject: /^\s+(?:[\w'’-]+\s+){0,6}?back\b/i, twoSides: true },
  // 05 Diplomatic cooperation: relations restored.
  { type: 'relations_milestone', subtype: 'restore', verbs: ['restore', 'resume', 'normalize', 'normalise', 're-establish', 'reestablish'], object: RELATIONS },
  // "formally recognised the State of Palestine", "recognized Kosovo's independence".
  {
    type: 'relations_milestone',
    subtype: 'recognition',
    verbs: ['recognise', 'recognize'],
    object:
      /^\s+(?:(?:formally|officially)\s+)?(?:the\s+)?(?:(?:[Ss]tate|[Rr]epublic|[Ii]ndependence|[Ss]tatehood|[Ss]overeignty)\s+of\s+[A-Z]|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:['’]s\s+(?:independence|statehood|sovereignty)|\s+as\s+(?:an?\s+)?(?:independent\s+|sovereign\s+)?(?:state|country|nation)))/,
  },
  // ... and missions reopened ("will reopen their embassies and consulates").
  { type: 'relations_milestone', subtype: 'restore', verbs: ['reopen', 're-open'], object: MISSIONS },
  // 06 Material cooperation.
  {
    type: 'cooperation',
    subtype: 'military',
    verbs: ['conduct', 'hold', 'stage', 'launch', 'roll out', 'begin|begins|began|begun|beginning', 'start'],
    object: /^\s+(?:(?:\w+\s+){0,2}?)joint\s+(?:\w+\s+)?(?:patrols?|operations?|training)\b/i,
    twoSides: true,
  },
  { type: 'cooperation', subtype: 'judicial', verbs: ['hand over'], object: PERSONS, person: true },
  // Only persons are extradited, whatever they are called ("extradited drug lord X to ...").
  { type: 'cooperation', subtype: 'judicial', verbs: ['extradite'], twoSides: true },
  {
    type: 'cooperation',
    subtype: 'military',
    verbs: ['train'],
    object: /^\s+(?:(?:(?:[\w'’-]+\s+){0,3}?)(?:soldiers|troops|forces|officers|police|pilots|cadets|personnel|army|navy|coast guard)|alongside)\b/i,
    twoSides: true,
  },
  {
    type: 'cooperation',
    subtype: 'intelligence',
    verbs: ['share', 'supply', 'provide', 'pass on'],
    object: /^\s+(?:(?:\w+\s+){0,2}?)(?:intelligence|information on|data on)\b/i,
    twoSides: true,
  },
  // 07 Military aid.
  {
    type: 'aid',
    subtype: 'military',
    verbs: ['supply', 'deliver', 'provide', 'send|sends|sent|sending', 'give|gives|gave|given|giving'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:weapons|arms|ammunition|missiles|munitions|military (?:aid|equipment|assistance)|tanks|drones|howitzers)\b/i,
    twoSides: true,
  },
  // "wrote off 97 percent of Mongolia's debt", "forgave the loans": economic aid (071).
  {
    type: 'aid',
    subtype: 'economic',
    verbs: ['write off|writes off|wrote off|written off|writing off', 'forgive', 'cancel', 'restructure'],
    object: /^\s+(?:[\w%'’.-]+\s+){0,6}?(?:debts?|loans?|arrears)\b/i,
    twoSides: true,
  },
  // "sent 30 rescue workers to", "dispatched medical teams to": people sent to help (073).
  {
    type: 'aid',
    subtype: 'humanitarian',
    verbs: ['send|sends|sent|sending', 'dispatch', 'deploy', 'fly|flies|flew|flown|flying'],
    object:
      /^\s+(?:[\w,'’.-]+\s+){0,3}?(?:rescue|relief|medical|search-and-rescue|humanitarian|aid|firefighting)\s+(?:teams?|workers|personnel|experts|doctors|staff|crews|missions?|convoys?|flights?)\b/i,
    twoSides: true,
  },
  { type: 'aid', subtype: 'asylum', verbs: ['grant'], object: /^\s+(?:(?:\w+\s+){0,3}?)(?:asylum|refuge)\b/i },
  // 08 Yield.
  // "was allowed to leave Iran", "permitted the detained sailors to return home": a release by leave to go.
  {
    type: 'yield',
    subtype: 'release',
    verbs: ['allow', 'permit'],
    object: /^\s+(?:(?:[\w'’.-]+\s+){0,5}?)to\s+(?:leave(?!\s+for\b)(?:\s+the\s+country)?|return home|go home|fly home|travel home)\b/i,
  },
  {
    type: 'yield',
    subtype: 'release',
    verbs: ['release', 'free', 'repatriate', 'pardon', 'hand back|hands back|handed back|handing back'],
    object: PERSONS,
    person: true,
    // "released the tanker Sea Breeze": the name is a vessel's.
    notObject: /^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+)?(?:vessels?|ships?|boats?|tankers?|trawlers?|aircraft|plane|cargo)\b/i,
  },
  // "freed two Britons", "Five Americans detained in Iran were freed": people named by their nationality.
  {
    type: 'yield',
    subtype: 'release',
    verbs: ['release', 'free', 'repatriate', 'pardon', 'hand back|hands back|handed back|handing back'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)[A-Z][a-z]+(?:ans|is|ers|ons)\b/,
    // "data released by Chinese customs": the agent, not the ones freed.
    notObject: /^\s+by\b/i,
  },
  // "swapped 115 prisoners of war each": a release on both sides.
  { type: 'yield', subtype: 'release', verbs: ['swap', 'exchange', 'trade'], object: PERSONS },
  { type: 'yield', subtype: 'return_property', verbs: ['return', 'release', 'hand back'], object: PROPERTY },
  { type: 'yield', subtype: 'ease_sanctions', verbs: ['lift', 'ease', 'relax', 'suspend', 'waive', 'remove', 'scrap'], object: SANCTIONS },
  // "reopened their border to cargo traffic": a closure eased.
  { type: 'yield', verbs: ['reopen', 're-open'], object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:border|borders|crossings?|frontier|airspace|border posts?)\b/i },
  { type: 'yield', subtype: 'withdraw', verbs: ['withdraw|withdraws|withdrew|withdrawn|withdrawing', 'pull back', 'pull out'], object: TROOPS },
  // "the last French troops left Niger", "Russian forces withdrew from the city": the troops are the subject.
  {
    type: 'yield',
    subtype: 'withdraw',
    verbs: [
      'withdraw|withdraws|withdrew|withdrawn|withdrawing',
      // The longer forms the treaty exit uses win the match, so they are this entry's too.
      'withdraw from|withdraws from|withdrew from|withdrawn from|withdrawing from',
      'pull back',
      'pull out',
      'pull out of',
      'leave|leaves|left|leaving',
      'exit',
      'retreat',
    ],
    subject: TROOPS_BEFORE,
    notObject: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:behind|alone|open|in place)\b/i,
  },
  { type: 'yield', subtype: 'deescalate', verbs: ['de-escalate', 'deescalate'], twoSides: true },
  // "completed their disengagement at the friction points": forces pulled apart by both sides.
  {
    type: 'yield',
    subtype: 'deescalate',
    verbs: ['complete', 'finish', 'begin|begins|began|begun|beginning', 'start', 'carry out|carries out|carried out|carrying out'],
    object: /^\s+(?:(?:their|the|its|a)\s+)?(?:[\w-]+\s+)?(?:disengagement|de-?escalation)\b/i,
  },
  // 09 Investigate.
  {
    type: 'investigation',
    verbs: ['investigate', 'probe'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:incident|attack|death|killing|case|allegations|clash|shooting|collision|crash|sinking|explosion|leak|sabotage|intrusion|hack|poisoning|espionage|bombing|ship|vessel|tanker|aircraft|plane|balloon|drone)\b/i,
  },
  // Allegations pursued or made against the other side ("pursuing credible allegations linking agents of X to").
  {
    type: 'accusation',
    verbs: ['pursue', 'make', 'level', 'raise', 'voice', 'air', 'bring|brings|brought|bringing'],
    object: /^\s+(?:[\w'’-]+\s+){0,3}?(?:allegations?|accusations?)\s+(?:linking|tying|connecting|that|of|against)\b/i,
    twoSides: true,
  },
  // "police want to question an embassy official over the poisoning".
  // Not "questioned the official result": there "official" describes a thing.
  {
    type: 'investigation',
    verbs: ['question', 'interrogate'],
    object: PERSONS,
    person: true,
    notObject: /^\s+(?:[\w'’-]+\s+){0,2}?official\s+(?:results?|count|figures?|tally|outcome|version|account|line|position|statement|data|report|claims?)\b/i,
    twoSides: true,
  },
  // "opened an anti-subsidy probe into imports from the EU": an inquiry into the other side.
  {
    type: 'investigation',
    verbs: ['open', 'launch', 'begin|begins|began|begun|beginning', 'start', 'order', 'initiate'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:investigations?|probes?|inquir(?:y|ies)|enquir(?:y|ies)|reviews?)\s+(?:into|of|on)\b/i,
    twoSides: true,
  },
  // 11 Disapprove: criticism, and protest conveyed to the other side (concerns raised, envoys called in).
  {
    type: 'accusation',
    subtype: 'criticize',
    verbs: [
      'criticize',
      'criticise',
      'slam',
      'blast',
      'rebuke',
      'censure',
      'lambaste',
      'deplore',
      'decry',
      'lash out at',
      'scapegoat',
      'hit back at',
      'round on',
      'take aim at|takes aim at|took aim at|taken aim at|taking aim at',
    ],
    twoSides: true,
  },
  // "made critical remarks about Algeria", "made disparaging comments on Kenya": criticism voiced.
  {
    type: 'accusation',
    subtype: 'criticize',
    verbs: ['make|makes|made|making', 'voice', 'deliver'],
    object:
      /^\s+(?:(?:a|an|some|several|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+)?(?:critical|disparaging|derogatory|hostile|scathing|insulting|offensive|inflammatory|provocative)\s+(?:remarks|comments|statements?)\s+(?:about|on|against|toward|towards|regarding)\b/i,
    twoSides: true,
  },
  // "traded barbs over the grain ban": criticism both ways.
  {
    type: 'accusation',
    subtype: 'criticize',
    verbs: ['trade', 'exchange'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:barbs|accusations|insults|recriminations|blame|jibes|verbal attacks|harsh words|angry words)\b/i,
    twoSides: true,
  },
  // "Islamabad said Kabul was harbouring militants": a charge made by saying what the other side does.
  {
    type: 'accusation',
    verbs: ['say|says|said|saying', 'claim', 'insist'],
    object: new RegExp(String.raw`^\s+(?:that\s+)?${CHARGED_DOING}`, 'u'),
    twoSides: true,
  },
  // "came under fire from Australian ministers": the one after "from" criticizes.
  {
    type: 'accusation',
    subtype: 'criticize',
    verbs: ['come under|comes under|came under|coming under'],
    object: /^\s+(?:(?:heavy|sharp|strong|renewed|fresh|intense)\s+)?(?:fire|criticism|attack)\s+from\b/i,
    twoSides: true,
    reversed: true,
  },
  {
    type: 'protest',
    verbs: ['raise', 'express', 'voice', 'convey', 'register', 'lodge', 'deliver', 'present', 'hand', 'send|sends|sent|sending', 'file', 'issue'],
    object:
      /^\s+(?:(?:[\w'’“”"-]+\s+){0,5}?)(?:concerns?|protests?|objections?|displeasure|dismay|dissatisfaction|disapproval|d[eé]marche|(?:diplomatic|protest)\s+notes?|notes?\s+verbales?)\b/i,
  },
  // "raised the plight of detained fishermen with his host": a grievance taken up with the other side.
  {
    type: 'protest',
    verbs: ['raise', 'take up|takes up|took up|taken up|taking up'],
    object:
      /^\s+(?:the\s+)?(?:issues?|matters?|questions?|cases?|plight)\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|violence|detentions?|arrests?|killings?|persecution|abuses?|mistreatment|safety|harassment|incursions?|violations?|detained|jailed|imprisoned)\b/i,
  },
  // "raised the case with the Russian ambassador": a grievance put to the other side's envoy (114 in spirit: a complaint).
  {
    type: 'protest',
    verbs: ['raise', 'take up|takes up|took up|taken up|taking up'],
    object:
      /^\s+(?:the|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:issue|matter|case|concerns?)\s+with\s+(?:[\w'’.-]+\s+){0,4}?(?:ambassador|envoy|charg[eé]|high commissioner|counterpart|embassy|government|authorities)\b/i,
  },
  // "The dam's filling drew objections from Cairo": the one after "from" protests.
  { type: 'protest', verbs: DRAW, object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:objections?|protests?|complaints?)\s+from\b/i, twoSides: true, reversed: true },
  {
    type: 'accusation',
    subtype: 'criticize',
    verbs: DRAW,
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:criticism|condemnation|rebukes?|censure)\s+from\b/i,
    twoSides: true,
    reversed: true,
  },
  {
    type: 'protest',
    verbs: ['call in', 'summon'],
    object: new RegExp(
      String.raw`^\s+(?:(?:[\w'’.,-]+\s+){0,8}?)(?:(?:ambassador|envoy|diplomat|chief of mission|(?:deputy\s+)?head of mission|consul|high commissioner)\b|${CHARGE})`,
      'i',
    ),
  },
  {
    type: 'protest',
    verbs: ['invite'],
    object: new RegExp(
      String.raw`^\s+(?:(?:[\w'’.-]+\s+){0,8}?)(?:(?:ambassador|envoy|high commissioner)\b|${CHARGE})[^.;]{0,60}\b(?:to (?:its|the) (?:office|ministry|headquarters)|for (?:an? )?(?:explanation|talk|conversation)|to (?:express|convey|voice|lodge|register|hand over)\b)`,
      'i',
    ),
  },
  { type: 'protest', verbs: ['protest|protests|protested|protesting'], notObject: /^\s+(?:that|their|his|her)\b/i },
  // "invited Kim to visit Moscow", "accepted an invitation to pay a state visit": meeting offered or taken up (CAMEO 036).
  {
    type: 'statement',
    subtype: 'intent_meet',
    verbs: ['invite'],
    object: /^\s+(?:[\p{L}\p{M}'’.-]+\s+){1,6}?to\s+(?:visit|pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit|come\s+to|travel\s+to|attend)\b/iu,
    twoSides: true,
  },
  {
    type: 'statement',
    subtype: 'intent_meet',
    verbs: ['accept'],
    object: /^\s+(?:(?:an?|the|his|her|their|[\p{Lu}][\p{L}'’-]*['’]s)\s+)?invitations?\s+(?:[^.;]{0,40}?\s)?to\s+(?:visit|pay|come|travel|attend)\b/iu,
  },
  // Demonstrations (141); "gathered at the embassy to protest the closure" is read once, by its "to protest".
  {
    type: 'protest',
    subtype: 'demonstration',
    verbs: ['demonstrate', 'rally', 'march', 'gather'],
    notObject: /\bto\s+protest\b/i,
    object:
      /^\s+(?:against\b|outside\b|in front of\b|(?:[\w'’-]+\s+){0,3}?(?:at|outside|near|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:embassy|consulate|high commission|mission)\b)/i,
  },
  // What a crowd does at another country's mission: a demonstration ("protesters burned flags outside
  // the embassy"), or damage to the mission ("stormed", "set fire to": 171, as an attack on it is).
  {
    type: 'protest',
    subtype: 'demonstration',
    verbs: ['burn', 'chant', 'wave', 'shout', 'carry', 'throw|throws|threw|thrown|throwing', 'hurl', 'block', 'surround', 'besiege'],
    subject: CROWD_BEFORE,
    object: MISSION_AHEAD,
  },
  {
    type: 'incident',
    verbs: ['storm', 'scale', 'ransack', 'torch', 'set fire to|sets fire to|setting fire to', 'attack', 'pelt'],
    subject: CROWD_BEFORE,
    object: MISSION_AHEAD,
  },
  { type: 'accusation', subtype: 'lawsuit', verbs: ['sue'], twoSides: true },
  {
    type: 'accusation',
    subtype: 'lawsuit',
    verbs: ['file', 'lodge', 'bring|brings|brought|bringing', 'submit'],
    object: /^\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:complaint|lawsuit|legal case|case|suit|petition)\b/i,
  },
  // "uncovered a Hungarian-run spy network", "busted a spy ring working for Moscow": espionage laid at the other side's door.
  {
    type: 'accusation',
    verbs: ['uncover', 'expose', 'bust', 'dismantle', 'break up|breaks up|broke up|broken up|breaking up', 'neutrali[sz]e'],
    object: /^\s+(?:[\w'’-]+\s+){0,3}?(?:spy|spying|espionage|intelligence|sabotage)\s+(?:network|ring|cell|plot)s?\b/i,
    twoSides: true,
  },
  // "attributed the cyberattack to Beijing": blame laid for an act (112).
  {
    type: 'accusation',
    verbs: ['attribute'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:attacks?|cyber-?attacks?|operations?|intrusions?|hack(?:ing|s)?|breach(?:es)?|sabotage|poisoning|killings?|assassinations?|bombings?|explosions?|incidents?|campaign)(?:\s+(?:on|against|in|into|at)(?:\s+[\w'’-]+){1,4}?)?\s+to\b/i,
    twoSides: true,
  },
  // "took Uruguay to the International Court of Justice", "hauled Britain before the European court".
  {
    type: 'accusation',
    subtype: 'lawsuit',
    verbs: ['take|takes|took|taken|taking', 'drag', 'haul'],
    object:
      /^\s+(?:[\w'’.-]+\s+){0,3}?(?:to|before)\s+(?:court|arbitration|(?:the\s+)?(?:(?:International|European|Permanent|Inter-American|African|Supreme|Constitutional|Arbitration|UN|U\.N\.)\s+)+(?:Court|Tribunal)|(?:the\s+)?(?:ICJ|ICC|ECHR|WTO|World Trade Organi[sz]ation))\b/,
    twoSides: true,
  },
  // "alleged India's involvement in the killing", "alleged that agents of X were behind it".
  // Not the adjective ("his alleged involvement", "over the alleged plot").
  {
    type: 'accusation',
    verbs: ['allege'],
    notObject: /^\s+(?:by|in|to)\b/i,
    notSubject: /\b(?:his|her|its|their|the|an?|of|for|over|about)\s+$/i,
    twoSides: true,
  },
  // "linked several Indian diplomats to the murder", "tied Moscow to the plot": blame laid by linking.
  {
    type: 'accusation',
    verbs: ['link', 'tie', 'connect'],
    object:
      /^\s+(?:[\w'’.,-]+\s+){1,8}?to\s+(?:the\s+|a\s+|an\s+|[\p{Lu}][\p{L}'’-]*['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:killing|murder|assassination|attack|attacks|plot|bombing|poisoning|sabotage|hack|hacking|cyberattacks?|interference|abduction|kidnapping)\b/iu,
    twoSides: true,
  },
  // 11 Accuse: "held Manila responsible", "called the order reckless".
  { type: 'accusation', verbs: ['hold|holds|held|holding'], object: /^\s+[^.;]{0,40}?\b(?:responsible|accountable|liable)\b/i, twoSides: true },
  {
    type: 'accusation',
    subtype: 'criticize',
    verbs: ['call', 'describe', 'brand', 'label', 'term', 'dub', 'refer to', 'characterize', 'characterise'],
    object: NEGATIVE,
  },
  // 12 Reject.
  { type: 'rejection', subtype: 'proposal', verbs: ['reject', 'turn down', 'rebuff', 'spurn', 'decline'], object: TALKS },
  // "reneged on a $90 billion deal", "backed out of the contract", "went back on its pledge": an undertaking to the other side disowned.
  {
    type: 'rejection',
    verbs: [
      'renege on',
      'back out of|backs out of|backed out of|backing out of',
      'go back on|goes back on|went back on|gone back on|going back on',
      'walk away from|walks away from|walked away from|walking away from',
    ],
    object: /^\s+(?:[\w$€£%.,'’-]+\s+){0,5}?(?:deal|contract|agreement|accord|pact|treaty|promise|pledge|commitment|undertaking)s?\b/i,
    twoSides: true,
  },
  // "turned back two military flights carrying deportees", "refused entry to the navy vessel": the other side's craft refused.
  {
    type: 'rejection',
    verbs: [
      'turn back|turns back|turned back|turning back',
      'turn away|turns away|turned away|turning away',
      'refuse entry to|refuses entry to|refused entry to|refusing entry to',
      'deny entry to|denies entry to|denied entry to|denying entry to',
    ],
    object: /^\s+(?:[\w.'’-]+\s+){0,4}?(?:flights?|planes?|aircraft|vessels?|ships?|boats?|convoys?)\b/i,
    twoSides: true,
  },
  // "blocked two military aircraft carrying deportees from landing" (ships blocked at sea are an incident at sea).
  {
    type: 'rejection',
    verbs: ['block'],
    object: /^\s+(?:[\w.'’-]+\s+){0,4}?(?:flights?|planes?|aircraft)\b/i,
    twoSides: true,
  },
  // "rejected the protest", "dismissed that condition as a fantasy", "brushed those concerns aside": a reply to
  // an act of the other side already told, named by a determiner; the sentence need not name that side again.
  {
    type: 'rejection',
    verbs: ['reject', 'dismiss', 'rebuff', 'refute', 'repudiate', 'brush aside', 'brush off', 'dispute'],
    object: TOLD_ACT,
  },
  { type: 'rejection', verbs: ['brush|brushes|brushed|brushing'], object: new RegExp(`${TOLD_ACT.source}\\s+(?:aside|off)\\b`, 'i') },
  {
    type: 'rejection',
    verbs: ['reject', 'dismiss', 'rebuff', 'refute', 'repudiate', 'brush aside', 'brush off', 'dispute', 'turn down'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:explanations?|accounts?|version|assertions?|warrants?|verdicts?|findings|claims?|accusations?|allegations?|charges?|demands?|calls?|requests?|statements?|remarks|criticism|report|position|ruling|decision|plans?|proposals?|sanctions|idea|notion|suggestions?|offer|bid|ultimatum|concerns|warnings?|threats?|protests?|objections?|entry|aid|assistance|help|convoys?)\b/i,
    twoSides: true,
  },
  // "an allegation the Kremlin dismissed as unfounded", "rejected as incomprehensible a post": what is turned away may come first.
  {
    type: 'rejection',
    verbs: ['dismiss', 'reject', 'brush off', 'brush aside'],
    object:
      /^\s+as\s+[^.;]{0,40}?\b(?:unfounded|baseless|groundless|absurd|false|fabricat\w*|lies|nonsense|incomprehensible|manipulation|ridiculous|unacceptable|interference|propaganda|slander\w*|smears?|disinformation|fake|irresponsible|null and void|legally void|politically motivated)\b/i,
  },
  // "declined to renew the accord", "refused to sign the protocol": the refusal is an act of its own (12).
  {
    type: 'rejection',
    verbs: ['decline', 'refuse'],
    object: /^\s+to\s+(?:renew|extend|sign|ratify|accept|recognize|recognise|endorse|join|hand over|extradite|approve)\b/i,
  },
  { type: 'rejection', subtype: 'veto', verbs: ['veto|vetoes|vetoed|vetoing'] },
  // Criticism turned away: "defended the drills as routine", "stood its ground over the policy", "refused to back down".
  {
    type: 'rejection',
    verbs: ['defend'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,5}?)as\s+(?:(?:a|an|the|entirely|perfectly|purely)\s+)?(?:routine|legitimate|necessary|lawful|legal|justified|normal|appropriate|proportionate|defensive|fair|sovereign|internal)\b/i,
  },
  { type: 'rejection', verbs: ['stand|stands|stood|standing', 'hold|holds|held|holding'], object: /^\s+(?:his|her|its|their|our)\s+ground\b/i },
  { type: 'rejection', verbs: ['refuse'], object: /^\s+to\s+(?:back down|budge|yield|give in|reverse|retract|apologi[sz]e|change course)\b/i },
  // 13 Threaten.
  {
    type: 'threat',
    subtype: 'sanctions',
    verbs: ['threaten'],
    object: /^[^.;]{0,60}?\b(?:sanctions?|tariffs?|duties|levy|levies|embargo|retaliat\w+|countermeasures|consequences|restrictions|punishment|penalties)\b/i,
  },
  {
    type: 'threat',
    subtype: 'force',
    verbs: ['threaten'],
    object: /^[^.;]{0,60}?\b(?:military|force|attack|strike|war|invade|invasion|retaliation|nuclear)\b/i,
  },
  { type: 'threat', verbs: ['threaten', 'warn', 'caution'], object: /^\s+(?:[^.;]{0,60}?\b(?:of|against|that|to)\b)/i, twoSides: true },
  // "vowed to retaliate": a promise of force or countermeasures is a threat.
  {
    type: 'threat',
    verbs: ['vow', 'pledge', 'promise', 'swear|swears|swore|sworn|swearing'],
    object:
      /^\s+(?:(?:a|an|to)\s+)?(?:(?:swift|strong|firm|forceful|decisive|harsh|tough|severe|reciprocal)\s+)?(?:retaliat\w*|revenge|avenge|hit back|respond in kind|response|countermeasures|reprisals?)\b/i,
  },
  { type: 'threat', subtype: 'ultimatum', verbs: ['issue'], object: /^\s+(?:an?\s+)?(?:\w+\s+)?ultimatum\b/i },
  // "said it would defend itself if Ethiopia goes ahead", "warned Seoul would respond if": a conditional answer promised.
  {
    type: 'threat',
    verbs: ['say|says|said|saying', 'warn', 'declare', 'state'],
    object:
      /^\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:would|will)\s+(?:not\s+hesitate\s+to\s+)?["“‘']?(?:defend|respond|retaliate|react|hit back|strike back|take\s+(?:all\s+)?(?:necessary\s+|appropriate\s+)?(?:measures|action|steps|countermeasures))\b[^.;]{0,80}?\bif\b/i,
    twoSides: true,
  },
  // "gave the junta one week to reinstate the president" (not "... 72 hours to leave", an expulsion).
  {
    type: 'threat',
    subtype: 'ultimatum',
    verbs: ['give|gives|gave|given|giving'],
    object:
      /^\s+[^.;]{0,60}?\b(?:(?:one|two|three|four|five|seven|ten|\d+|a)\s+(?:weeks?|days?|hours?|months?)|until\s+\w+)\s+(?:on\s+\w+\s+)?to\s+(?!leave\b)\w+/i,
    twoSides: true,
  },
  // "increased the number of its soldiers on the border", "boosted its troop presence near": forces built up.
  {
    type: 'military_action',
    subtype: 'mobilize',
    verbs: ['increase', 'boost', 'double', 'triple', 'raise', 'step up'],
    object:
      /^\s+(?:the\s+)?(?:number\s+of\s+)?(?:(?:its|their|the)\s+)?(?:soldiers|troops|forces|military presence|troop presence|military deployments?|border guards)\b/i,
    twoSides: true,
  },
  // 15 Force posture.
  {
    type: 'military_action',
    subtype: 'mobilize',
    verbs: ['deploy', 'mass', 'amass', 'mobilize', 'mobilise', 'station', 'move', 'send|sends|sent|sending', 'dispatch', 'rush', 'redeploy'],
    object: TROOPS,
  },
  // "reinforced the frontier with an additional 5,000 troops".
  {
    type: 'military_action',
    subtype: 'mobilize',
    verbs: ['reinforce', 'bolster', 'beef up'],
    object: /^\s+(?:[\w'’-]+\s+){0,4}?with\s+(?:[\w,.-]+\s+){0,4}?(?:troops|soldiers|forces|tanks|warships|reinforcements)\b/i,
  },
  // Warplanes or warships flown or sailed near the other side: a show of force ("Russian bombers flew over the Sea of Japan").
  {
    type: 'military_action',
    subtype: 'exercise',
    verbs: ['fly|flies|flew|flown|flying', 'sail|sails|sailed|sailing'],
    subject: WARCRAFT_BEFORE,
    object: /^\s+(?:over|near|into|through|close to|around|along|past|across)\b/i,
  },
  // "prompting Japan to scramble fighter jets".
  {
    type: 'military_action',
    verbs: ['scramble'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:jets|fighters|fighter jets|aircraft|warplanes|interceptors|(?:F|Su|MiG|J)-\d+s|MiGs)\b/i,
  },
  {
    type: 'military_action',
    subtype: 'alert',
    verbs: ['put|puts|put|putting', 'place', 'raise'],
    object:
      /^\s+(?:(?:\w+\s+){0,5}?)(?:(?:forces|troops|military)\s+)?(?:(?:on|to|at)\s+(?:the\s+)?|in\s+a\s+state\s+of\s+["“]?)(?:(?:highest|higher|high|full|heightened|combat|maximum|a state of|level of)\s+){0,4}(?:alert|readiness)\b/i,
  },
  // 16 Reduce relations: diplomats withdrawn, embassy staff cut, "reduced the size of the X high commission".
  {
    type: 'sanction',
    subtype: 'relations',
    verbs: ['withdraw|withdraws|withdrew|withdrawn|withdrawing', 'pull out', 'reduce', 'cut|cuts|cut|cutting', 'downsize', 'evacuate'],
    object:
      /^\s+(?:[\w%'’-]+\s+){0,5}?(?:diplomats|diplomatic staff|embassy staff|diplomatic personnel|mission staff|(?:staff|personnel)\s+from\s+(?:its|their|the)\s+(?:embassy|consulate|mission)|(?:size|strength)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:embassy|high commission|mission|consulate))\b/i,
  },
  // "broke off relations": the phrasal form is its own verb ("break off" talks is 164), so it is listed here too.
  {
    type: 'sanction',
    subtype: 'relations',
    verbs: [
      'sever',
      'cut|cuts|cut|cutting',
      'cut off|cuts off|cut off|cutting off',
      'break|breaks|broke|broken|breaking',
      'break off|breaks off|broke off|broken off|breaking off',
      'downgrade',
      'suspend',
      'freeze|freezes|froze|frozen|freezing',
    ],
    object: RELATIONS,
  },
  // "suspended ministerial contacts with Jakarta", "froze military cooperation with Kyiv".
  {
    type: 'sanction',
    subtype: 'reduce',
    verbs: ['suspend', 'freeze|freezes|froze|frozen|freezing', 'halt', 'cut|cuts|cut|cutting', 'downgrade', 'scale back|scales back|scaled back|scaling back'],
    object: /^\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:contacts|cooperation|exchanges)\s+with\b/i,
  },
  // Agreements suspended or left: "suspended the friendship treaty with Spain" (relations reduced, 16).
  {
    type: 'sanction',
    subtype: 'reduce',
    verbs: ['suspend', 'withdraw from|withdraws from|withdrew from|withdrawn from|withdrawing from', 'pull out of', 'exit'],
    object: AGREEMENT_OBJECT,
    twoSides: true,
    orPair: true,
  },
  // Agreements, contracts or plans made with the other side and undone: "scrapped the submarine
  // contract", "cancelled the migration deal", "tore up the accord". The undertaking is disowned,
  // as in reneging on it (12), not paused.
  {
    type: 'rejection',
    verbs: CANCEL,
    object: UNDONE_OBJECT,
    twoSides: true,
    orPair: true,
  },
  {
    type: 'sanction',
    subtype: 'relations',
    verbs: ['recall', 'call back|calls back|called back|calling back'],
    object: /^\s+(?:(?:\w+['’]?s?\s+){0,2}?)(?:ambassador|envoy|diplomats|top diplomat|high commissioner)\b/i,
  },
  {
    type: 'sanction',
    subtype: 'aid',
    verbs: ['suspend', 'halt', 'pause', 'cut|cuts|cut|cutting', 'freeze|freezes|froze|frozen|freezing', 'stop|stops|stopped|stopping'],
    object: AID_OBJECT,
  },
  // "cancelled the foreign minister's visit", "called off the summit": the meeting refused (125), where talks are halted (164).
  {
    type: 'rejection',
    subtype: 'proposal',
    verbs: ['cancel', 'call off', 'scrap'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:meeting|visit|trip|summit)s?\b/i,
  },
  {
    type: 'sanction',
    subtype: 'negotiations',
    verbs: ['suspend', 'halt', 'pause', 'break off', 'call off', 'walk out of', 'pull out of', 'cancel', 'postpone'],
    object: TALKS,
  },
  // "suspended its participation in the next round of talks".
  {
    type: 'sanction',
    subtype: 'negotiations',
    verbs: ['suspend', 'halt', 'freeze|freezes|froze|frozen|freezing', 'end', 'withdraw|withdraws|withdrew|withdrawn|withdrawing'],
    object: /^\s+(?:its|their|his|her|the)\s+participation\s+in\s+[^.;]{0,60}?\b(?:talks|negotiations|dialogue|consultations)\b/i,
  },
  // "closed two Ethiopian consulates", "ordered the closure of its embassy": missions shut (161). In a
  // story of two countries, missions one of them shuts without naming whose are the other's dealings
  // ("expelled the ambassador and closed two consulates in Puntland").
  {
    type: 'sanction',
    subtype: 'relations',
    verbs: ['close', 'shut|shuts|shut|shutting', 'shut down|shuts down|shutting down'],
    object: MISSIONS,
    twoSides: true,
    orPair: true,
  },
  {
    type: 'sanction',
    subtype: 'relations',
    verbs: ['order', 'announce'],
    object: /^\s+the\s+closure\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:embass(?:y|ies)|consulates?|high commission|diplomatic missions?)\b/i,
    twoSides: true,
    orPair: true,
  },
  // "Botswana imposed the ban in July": a measure told before, on the story's other side.
  {
    type: 'sanction',
    verbs: ['impose', 'slap', 'introduce', 'tighten', 'extend'],
    object: /^\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:ban|bans|sanctions|embargo|restrictions|tariffs|duties|levy|curbs)\b/i,
  },
  {
    type: 'sanction',
    verbs: [
      'impose',
      'slap',
      'announce',
      'introduce',
      'adopt',
      'levy',
      'extend',
      'expand',
      'tighten',
      'raise',
      'hike',
      'implement',
      'apply',
      'enforce',
      'order',
    ],
    object: SANCTIONS,
    twoSides: true,
  },
  // "retaliated by targeting $110 billion of US goods", "hit back by imposing duties": the measure after "by".
  {
    type: 'sanction',
    verbs: ['retaliate', 'hit back|hits back|hit back|hitting back'],
    object: /^\s+(?:against\s+(?:[\w'’-]+\s+){1,3}?)?by\s+(?:targeting|imposing|raising|slapping|banning|restricting|suspending|closing)\b/i,
    twoSides: true,
  },
  // "hit Vietnam with a 46% levy", "was slapped with tariffs": the measure after "with".
  {
    type: 'sanction',
    verbs: ['hit|hits|hit|hitting', 'slap', 'target'],
    object: /^\s+(?:[\w'’.-]+\s+){0,4}?with\s+(?:[\w%'’.-]+\s+){0,4}?(?:sanctions?|tariffs?|duties|duty|levy|levies|embargo|export controls|penalties)\b/i,
  },
  {
    type: 'sanction',
    verbs: ['freeze|freezes|froze|frozen|freezing'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:assets|accounts|funds|holdings|reserves)\b/i,
    twoSides: true,
  },
  // "froze all new trade and investment with Ottawa", "would suspend all freight traffic through the border with Minsk".
  {
    type: 'sanction',
    verbs: ['freeze|freezes|froze|frozen|freezing', 'suspend', 'halt', 'stop|stops|stopped|stopping'],
    object:
      /^\s+(?:(?:all|new|bilateral|further|its|their)\s+){0,3}(?:(?:gas|oil|fuel|energy|grain|electricity|power|arms|freight|cargo|truck|rail)\s+)?(?:trade|investment|imports|exports|flights|visas?|shipments|supplies|deliveries|traffic|transit)\b/i,
    twoSides: true,
  },
  // "would sharply reduce the number of visas granted to people from Algeria", "slashed visas for Moroccans".
  {
    type: 'sanction',
    verbs: ['reduce', 'cut|cuts|cut|cutting', 'slash', 'curb', 'limit', 'restrict', 'halve', 'suspend', 'freeze|freezes|froze|frozen|freezing'],
    object: /^\s+(?:(?:sharply|drastically|significantly)\s+)?(?:the\s+)?(?:number\s+of\s+)?(?:[\w'’-]+\s+){0,2}?visas\b/i,
    twoSides: true,
  },
  // "stopped importing Ugandan milk", "halted purchases of Thai rice": trade cut by one side.
  {
    type: 'sanction',
    verbs: ['stop|stops|stopped|stopping', 'halt', 'suspend', 'cease'],
    object: /^\s+(?:importing|buying|purchasing|imports\s+of|purchases\s+of|buying\s+of)\s+(?:[\w'’-]+\s+){0,3}?[\p{Lu}]/u,
    twoSides: true,
  },
  {
    type: 'sanction',
    verbs: ['ban', 'bar', 'blacklist', 'boycott'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:imports?|exports?|products|goods|companies|firms|entities|officials|flights|airlines|vessels|ships|travel|entry)\b/i,
    twoSides: true,
  },
  // "was sanctioned by Washington", "Hanoi, sanctioned by Washington in 2020": the agent is the source
  // (reversed covers the participle without "was"; the active "sanctioned Iran" is sanction.ts's).
  { type: 'sanction', verbs: ['sanction'], object: /^\s+by\s/i, twoSides: true, reversed: true },
  // "sanctioned several Brazilian officials", "has sanctioned three Chinese firms".
  {
    type: 'sanction',
    verbs: ['sanction'],
    object: /^\s+(?:[\w'’-]+\s+){0,3}?(?:officials|ministers|judges|companies|firms|entities|individuals|banks|vessels|people|persons|generals|officers)\b/i,
    twoSides: true,
  },
  // 17 Coerce.
  { type: 'arrest', verbs: ['arrest', 'detain', 'jail', 'imprison', 'sentence', 'convict', 'apprehend', 'capture'], object: PERSONS, person: true },
  // "has been held by Chinese authorities", "ordered X to be held in pre-trial detention": held by a state, not "held talks".
  {
    type: 'arrest',
    verbs: ['hold|holds|held|holding'],
    object:
      /^\s+(?:by\s+(?:[\w'’-]+\s+){0,3}?(?:authorities|police|security forces|forces|guards|navy|military|army|agents|intelligence)|in\s+(?:(?:pre-?trial|police|incommunicado)\s+)?(?:detention|custody|prison|jail))\b/i,
  },
  {
    type: 'arrest',
    verbs: ['take into custody|takes into custody|took into custody|taken into custody|taking into custody', 'charge', 'indict', 'prosecute'],
    object: PERSONS,
    person: true,
  },
  { type: 'arrest', verbs: ['charge', 'indict', 'prosecute'], object: /^\s+(?:[\w'’-]+\s+){1,5}?(?:with|for)\b/i, twoSides: true },
  { type: 'incident', subtype: 'seize', verbs: ['seize', 'confiscate', 'impound', 'detain', 'capture', 'board'], object: PROPERTY },
  { type: 'expulsion', verbs: ['expel', 'deport', 'order out', 'kick out'], object: DIPLOMATS },
  // Deportations of a country's people: "deported 2,600 New Zealanders", "sent back 300 Afghan migrants".
  { type: 'expulsion', verbs: ['deport', 'send back|sends back|sent back|sending back'], object: DEPORTEES },
  // "sent about 2,700 of the migrants back to Morocco": the particle after the people.
  { type: 'expulsion', verbs: ['send|sends|sent|sending'], object: new RegExp(String.raw`${DEPORTEES.source}\s+back\s+(?:to|across|over)\b`) },
  // "sent the Ethiopian ambassador in Mogadishu back home": the envoy of the other side returned.
  {
    type: 'expulsion',
    verbs: ['send|sends|sent|sending'],
    object: /^\s+(?:[\w'’-]+\s+){0,6}?(?:ambassador|envoy|diplomats?|high commissioner|attach[eé]s?|consul)\s+(?:[\w'’-]+\s+){0,4}?back\b/i,
    twoSides: true,
  },
  { type: 'expulsion', verbs: ['announce', 'order', 'decide on'], object: /^\s+(?:the\s+)?(?:immediate\s+)?(?:expulsion|deportation) of\b/i },
  {
    type: 'expulsion',
    verbs: ['order', 'give|gives|gave|given|giving'],
    object:
      /^\s+[^.;]{0,80}?\b(?:to leave (?:the country|[A-Z]\w+)|out within|\d+ hours to leave)|^\s+(?:[\w'’-]+\s+){0,4}?(?:ambassador|envoy|diplomats?|high commissioner|attach[eé]s?|consul)\s+(?:to\s+)?(?:out|leave)\b/i,
    twoSides: true,
  },
  { type: 'expulsion', verbs: ['declare'], object: /^\s+(?:(?:[\w'’.,-]+\s+){0,14}?)[‘'"“]?persona non grata\b/i },
  // 17 Coerce: missions attacked, buildings torn down.
  {
    type: 'incident',
    verbs: [
      'attack',
      'storm',
      'ransack',
      'torch',
      'set fire to',
      'vandalize',
      'vandalise',
      'besiege',
      'scale',
      'break into|breaks into|broke into|broken into|breaking into',
      'raid',
    ],
    object: /^\s+(?:[\w'’-]+\s+){0,4}?(?:embassy|embassies|consulates?|diplomatic missions?|high commission|chancery)\b/i,
  },
  {
    type: 'incident',
    verbs: [
      'demolish',
      'bulldoze',
      'pull down',
      'bring down|brings down|brought down|bringing down',
      'raze',
      'tear down|tears down|tore down|torn down|tearing down',
    ],
    object: /^\s+(?:[\w'’-]+\s+){0,4}?(?:building|structure|premises|property|quarters|embassy|compound|houses?|homes?|shops?)\b/i,
  },
  // "pointed a military-grade laser at a Philippine vessel".
  {
    type: 'incident',
    verbs: ['point', 'aim', 'direct', 'shine|shines|shone|shined|shining'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)lasers?\b/i,
    twoSides: true,
  },
  // 18 Assault: abduction is violence, not an arrest (181).
  {
    type: 'incident',
    subtype: 'abduction',
    verbs: ['abduct', 'kidnap|kidnaps|kidnapped|kidnapping', 'take hostage|takes hostage|took hostage|taken hostage|taking hostage', 'hijack'],
    object:
      /^\s+(?:[\w'’-]+\s+){0,5}?(?:nationals?|citizens?|civilians|villagers|fishermen|crew(?: members)?|sailors|soldiers|journalists?|engineers|workers|tourists?|students|officials|people|persons|men|women|children|diplomats?|vessels?|ships?|planes?|aircraft|him|her|them)\b/i,
  },
  { type: 'incident', subtype: 'assault', verbs: ['assassinate', 'torture', 'assault', 'beat|beats|beat|beaten|beating'], object: PERSONS },
  // "shot dead two Angolan nationals", "killed two Vietnamese fishermen": people of the other side killed (18).
  // People named by kind ("nationals", "fishermen"), or by nationality alone ("two Jordanians").
  ...[PERSONS, DEPORTEES].map((object): LexiconEntry => ({
    type: 'incident',
    subtype: 'assault',
    verbs: KILL,
    object,
    subject: ARMED_AGENT_BEFORE,
    twoSides: true,
  })),
  {
    type: 'incident',
    subtype: 'cyber',
    verbs: ['hack'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:systems?|networks?|servers?|websites?|ministry|accounts?|emails?)\b/i,
    twoSides: true,
  },
  // 14 Protest: hunger strikes and boycotts of an occasion.
  {
    type: 'protest',
    subtype: 'hunger_strike',
    verbs: ['begin|begins|began|begun|beginning', 'stage', 'go on|goes on|went on|gone on|going on', 'launch'],
    object: /^\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?hunger strike\b/i,
  },
  {
    type: 'protest',
    subtype: 'boycott',
    verbs: ['boycott', 'snub', 'skip'],
    object: /^\s+(?:[\w'’-]+\s+){0,5}?(?:summit|talks|games|olympics|ceremony|inauguration|conference|forum|meeting|vote|session|event)\b/i,
    twoSides: true,
  },
  // 20 Unconventional mass violence.
  {
    type: 'military_action',
    subtype: 'mass',
    verbs: ['massacre', 'slaughter', 'exterminate'],
    object: /^\s+(?:[\w'’-]+\s+){0,5}?(?:civilians|villagers|residents|refugees|people|men|women|children|worshippers|protesters|prisoners|members)\b/i,
  },
  {
    type: 'military_action',
    subtype: 'mass',
    verbs: ['use|uses|used|using', 'deploy', 'drop'],
    object: /^\s+(?:[\w-]+\s+){0,2}?(?:chemical|biological|nuclear)\s+(?:weapons|arms|agents?|bombs?)\b/i,
  },
  {
    type: 'military_action',
    subtype: 'mass',
    verbs: ['carry out|carries out|carried out|carrying out', 'commit', 'perpetrate'],
    object: /^\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:ethnic cleansing|genocide|massacres?|mass killings?|mass expulsions?)\b/i,
  },
  // "simulated precision strikes on the island", "rehearsed a blockade": a show of force (150).
  {
    type: 'military_action',
    subtype: 'exercise',
    verbs: ['simulate', 'rehearse', 'practise', 'practice'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:strikes|attacks?|assaults?|blockades?|invasions?|landings?|bombing runs?|missile launches)\b/i,
  },
  // 19 Fight.
  {
    type: 'military_action',
    subtype: 'force',
    verbs: ['attack', 'strike|strikes|struck|striking', 'shell', 'bomb', 'fire|fires|fired|firing', 'shoot|shoots|shot|shooting', 'invade', 'raid', 'ambush'],
    object: STRIKE_OBJECT,
    twoSides: true,
  },
  // "fought a brief border war in 1995".
  {
    type: 'military_action',
    subtype: 'force',
    verbs: ['fight|fights|fought|fighting', 'wage'],
    object: /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:war|wars)\b/i,
  },
  { type: 'military_action', subtype: 'force', verbs: ['clash'], twoSides: true },
  // "carried out strikes on", "launched attacks against".
  {
    type: 'military_action',
    subtype: 'force',
    verbs: ['carry out|carries out|carried out|carrying out', 'launch', 'conduct', 'stage', 'mount'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,3}?)(?:strikes|air ?strikes|airstrikes|attacks?|raids?|bombings?|shelling|incursions?|offensives?)\s+(?:on|against|in|into|inside|across)\b/i,
    twoSides: true,
  },
  { type: 'military_action', subtype: 'force', verbs: ['open fire|opens fire|opened fire|opening fire'], object: /^\s+(?:on|at)\b/i, twoSides: true },
  { type: 'military_action', subtype: 'force', verbs: ['exchange', 'trade'], object: /^\s+(?:\w+\s+){0,2}?(?:fire|gunfire|shots)\b/i },
  {
    type: 'military_action',
    subtype: 'air',
    verbs: ['shoot down|shoots down|shot down|shooting down', 'bomb'],
    object:
      /^\s+(?:(?:[\w'’“”"-]+\s+){0,4}?)(?:drones?|quadcopters?|UAVs?|jets?|(?:war)?planes?|aircraft|fighters?|bombers?|helicopters?|missiles?|balloons?)\b/i,
  },
  // Missiles fired at a side: aerial weapons (CAMEO 195).
  {
    type: 'military_action',
    subtype: 'air',
    verbs: ['fire|fires|fired|firing', 'launch'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:missiles?|rockets?|drones?)\s+(?:at|on|against|toward|towards)\b/i,
    twoSides: true,
  },
  // Missiles fired at no target named ("fired two ballistic missiles into the sea"): a show of force (CAMEO 150).
  {
    type: 'military_action',
    verbs: ['fire|fires|fired|firing', 'launch'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:missiles?|rockets?|ICBMs?)\b/i,
  },
  { type: 'military_action', subtype: 'occupy', verbs: ['occupy', 'seize', 'capture', 'annex', 'take control of'], object: LAND },
  // A side closing its own border, crossings or airspace to the other restricts what crosses: a sanction (16),
  // as the measure is told; troops blocking a strait, a road or a port are a blockade (191).
  {
    type: 'sanction',
    verbs: ['close', 'shut|shuts|shut|shutting', 'seal'],
    object:
      /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:border|borders|crossings?|border posts?|(?:border\s+)?check-?posts?|(?:border\s+)?checkpoints?|frontier|airspace)\b/i,
    twoSides: true,
    orPair: true,
  },
  {
    type: 'military_action',
    subtype: 'blockade',
    verbs: ['blockade', 'block', 'close', 'seal'],
    object: /^\s+(?:(?:[\w'’-]+\s+){0,4}?)(?:border|crossings?|corridor|road|port|strait|airspace)\b/i,
    twoSides: true,
  },
  { type: 'military_action', subtype: 'ceasefire_violation', verbs: ['violate', 'break|breaks|broke|broken|breaking', 'breach'], object: CEASEFIRE },
  // Ships or aircraft entering the other side's waters or airspace: an incident of force shown, not force used
  // (CAMEO 150; strikes and raids across the line are 19, above).
  { type: 'incident', subtype: 'intrusion', verbs: ['violate', 'intrude into', 'enter'], object: SPACE, twoSides: true },
]
