// Closed-class word lists for English news text: data only.

export const TITLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'minister', 'chancellor', 'secretary', 'senator', 'sen.', 'rep.', 'representative',
  'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'chairman',
  'chairwoman', 'chair', 'chief executive', 'ceo', 'director', 'general', 'gen.', 'colonel', 'col.', 'captain',
  'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'admiral', 'commissioner', 'ambassador', 'spokesman',
  'spokeswoman', 'spokesperson', 'dr.', 'doctor', 'professor', 'prof.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'head', 'lord',
  'lady', 'dame', 'attorney general', 'foreign minister', 'finance minister', 'defence minister', 'defense minister',
  'vice president', 'deputy', 'leader', 'chief', 'coach', 'manager', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'founder', 'co-founder', 'analyst', 'economist', 'officer', 'detective', 'sheriff', 'inspector',
  'bishop', 'archbishop', 'rev.', 'reverend', 'emperor', 'premier', 'speaker', 'counterpart', 'executive',
  'treasurer', 'commander', 'trustee', 'superintendent', 'official', 'chief economist', 'auditor', 'mp', 'mep',
]);

/** Proper-noun endings that mark an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'bank', 'fund',
  'association', 'organization', 'organisation', 'union', 'council', 'committee', 'commission', 'ministry',
  'department', 'agency', 'party', 'university', 'college', 'institute', 'court', 'parliament', 'congress', 'senate',
  'house', 'board', 'authority', 'service', 'services', 'league', 'club', 'federation', 'foundation', 'company',
  'airlines', 'airways', 'motors', 'holdings', 'industries', 'systems', 'technologies', 'partners', 'capital',
  'office', 'bureau', 'police', 'army', 'navy', 'force', 'forces', 'administration', 'exchange', 'reserve',
  'nations', 'times', 'post', 'news', 'network', 'labs', 'records', 'studios', 'pictures', 'united', 'city',
  'rovers', 'athletic', 'guard', 'guards', 'assembly', 'cabinet', 'tribunal', 'centre', 'center', 'hospital',
  // ("Darden Restaurants said it has agreed ...": a business plural ends a company's name, not a person's.)
  'restaurants', 'stores', 'foods', 'brands', 'networks', 'resources', 'enterprises', 'communications',
  'pharmaceuticals', 'electronics', 'chemicals', 'securities', 'investments', 'properties', 'products', 'mills',
  'mines', 'beverages', 'railways', 'railroad', 'insurance', 'logistics', 'solutions', 'entertainment', 'media',
]);

/** Fronted discourse markers trimmed from answers and questions. */
export const DISCOURSE_MARKERS: readonly string[] = [
  'additionally', 'also', 'however', 'moreover', 'furthermore', 'meanwhile', 'historically', 'still', 'yet',
  'indeed', 'in addition', 'in fact', 'instead', 'nevertheless', 'nonetheless', 'separately', 'similarly',
  'specifically', 'overall', 'in turn', 'as a result', 'in particular', 'for its part', 'for their part', 'besides',
  'likewise', 'consequently', 'therefore', 'thus', 'so', 'but', 'and', 'then', 'now', 'finally', 'first', 'second',
  'third', 'last', 'lastly', 'again', 'of course', 'in short', 'in other words', 'by contrast', 'on the other hand',
  'at the same time', 'in the meantime', 'elsewhere', 'notably', 'importantly', 'crucially', 'earlier', 'later',
  'in response', 'in return', 'as such', 'even so', 'after all', 'in comparison', 'by comparison', 'in contrast',
  'for example', 'for instance', 'what is more', "what's more", 'on top of that',
];

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'hers', 'theirs', 'we', 'us', 'our', 'i',
  'me', 'my', 'you', 'your', 'this', 'that', 'these', 'those', 'himself', 'herself', 'itself', 'themselves',
]);

/** Words that stop a question being self-contained when they lead a noun phrase without a name. */
export const VAGUE_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'plan', 'deal', 'agreement', 'bill', 'law', 'case', 'decision', 'move', 'report',
  'study', 'move', 'proposal', 'measure', 'policy', 'scheme', 'project', 'programme', 'program', 'event', 'meeting',
  'summit', 'talks', 'bloc', 'country', 'nation', 'government', 'team', 'club', 'side', 'official', 'officials',
  'minister', 'leader', 'leaders', 'man', 'woman', 'men', 'women', 'people', 'suspect', 'victim', 'player', 'star',
  'band', 'film', 'show', 'book', 'song', 'album', 'game', 'match', 'season', 'incident', 'attack', 'crash', 'fire',
  'vote', 'election', 'campaign', 'investigation', 'lawsuit', 'ruling', 'trial', 'indictment', 'order', 'rule',
  'change', 'changes', 'product', 'device', 'service', 'system', 'strategy', 'statement', 'letter', 'document',
  'organisation', 'organization', 'agency', 'department', 'court', 'judge', 'president', 'chief', 'executive',
  'spokesman', 'spokeswoman', 'city', 'state', 'region', 'area', 'site', 'building', 'project', 'idea', 'issue',
  'problem', 'situation', 'crisis', 'conflict', 'war', 'virus', 'disease', 'drug', 'vaccine', 'pact', 'treaty',
  'offer', 'bid', 'takeover', 'merger', 'sale', 'shares', 'stock', 'price', 'prices', 'figure', 'figures',
  'number', 'rate', 'tax', 'budget', 'cuts', 'scandal', 'affair', 'story', 'article', 'list', 'version', 'model',
]);

export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'without', 'cannot', 'nowhere',
]);

/** Verbs that report speech or stance: "X said ...". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'note', 'explain', 'argue', 'claim', 'insist', 'warn', 'believe', 'think',
  'predict', 'suggest', 'announce', 'declare', 'report', 'write', 'acknowledge', 'admit', 'caution', 'stress',
  'emphasise', 'emphasize', 'estimate', 'confirm', 'deny', 'reckon', 'contend', 'maintain', 'assert', 'complain',
  'point', 'recall', 'comment', 'observe', 'concede', 'reply', 'respond', 'ask', 'urge', 'reveal', 'disclose',
]);

/** Verbs of commitment: the kind of pair "What did X pledge?". */
export const COMMITMENT_VERBS: ReadonlySet<string> = new Set([
  'pledge', 'promise', 'offer', 'commit', 'vow', 'agree', 'sign', 'call', 'propose', 'announce', 'unveil',
  'approve', 'launch', 'adopt', 'conclude', 'demand', 'order', 'ban', 'reject', 'allocate', 'donate', 'award',
]);

/** Names of news outlets ("The New York Times", "the Telegraph"): the story's sources of record, never its news. */
export const NEWS_OUTLET = /\b(Times|Post|Journal|News|Newspaper|Press|Press Association|Gazette|Herald|Tribune|Telegraph|Guardian|Magazine|Broadcasting Corporation)$/;

/** Verbs whose object says little without the sentence: "What has Charles Kennedy seen?", "What did TWA
 *  complicate?", "What did America's national debt hit?" (raters accepted 0 of 8 such questions over sessions 5-8).
 *  Object questions and the last-resort lead question skip them. */
export const VAGUE_VERBS: ReadonlySet<string> = new Set([
  'see', 'begin', 'bring', 'hit', 'continue', 'end', 'complicate', 'wear', 'need', 'expect', 'stage', 'draw', 'mark',
  // (Session 12's raters: "What did Michael Howard's front bench team reach?", "What did President Obama deliver?",
  // "What did South Korea convey?", "What have England named?", "What did the LDP start?" ask nothing.)
  'start', 'reach', 'represent', 'deliver', 'convey', 'hold', 'wow', 'ply', 'enjoy', 'name',
  // (Session 13's: "What has Apple expanded?", "What did Trump blast?"; "described the move as ..." is asked how, not
  // what.)
  'expand', 'blast', 'describe',
]);

/** Verbs of stirring feelings, whose object is only who felt them: "What did Paul McCartney wow? Fans." (never asked,
 *  even for an article with little else). */
export const FEELING_VERBS = new Set(['wow', 'stun', 'impress', 'delight', 'thrill', 'surprise', 'anger', 'frustrate', 'disappoint', 'shock', 'amaze', 'dazzle', 'enthral', 'enthrall', 'captivate', 'charm', 'outrage', 'infuriate', 'dismay', 'baffle']);

/** Abbreviations a news reader knows without their long form: a question may use them as the article does. */
export const WELL_KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'UN', 'EU', 'US', 'UK', 'NATO', 'OPEC', 'ASEAN', 'IMF', 'WTO', 'WHO', 'FBI', 'CIA', 'NASA', 'BBC', 'CNN', 'ECB', 'SEC',
  'FDA', 'CDC', 'EPA', 'IRS', 'NHS', 'FIFA', 'UEFA', 'IOC', 'NFL', 'NBA', 'MLB', 'NHL', 'GOP', 'GDP', 'CEO', 'AIDS',
  'HIV', 'DNA', 'ICE', 'FEMA', 'TSA', 'USDA', 'AAA', 'MP', 'MPs', 'EEC', 'G7', 'G20', 'OECD', 'IAEA', 'UNICEF', 'PLO',
]);
