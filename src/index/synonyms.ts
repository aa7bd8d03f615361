/**
 * Stems must not collide with other words: Porter stems "department" to "depart", so "depart"
 * is left out of the leaving group (its "departure" stays).
 *
 * Words that mean the same thing in questions about this story. Each group folds to one index
 * term, so "When do patches stop?" finds "…prohibit the download of software updates". Groups are
 * kept narrow on purpose: "users" and "clients" stay apart, because the articles give different
 * numbers for each and a merged term would answer one with the other.
 */
export const SYNONYM_GROUPS: readonly string[][] = [
  ["update", "updates", "definitions", "patch", "patches", "upgrades"],
  // "Allowed" asks the same as "prohibited", from the other side: "no longer allow the sale".
  ["stop", "stops", "end", "ends", "cease", "halt", "cut", "prohibit", "prohibited", "prohibits", "prohibition", "bar", "barred", "barring", "block", "blocked", "prevent", "prevents", "discontinue", "allow", "allowed", "allows", "permit", "permitted", "forbid", "forbidden"],
  // "Kicked off government systems" is banned from them.
  ["ban", "bans", "banned", "banning", "outlaw", "outlawed", "kick", "kicked", "expel", "expelled"],
  ["allegation", "allegations", "alleged", "accusation", "accusations", "accuse", "accused"],
  ["layoff", "layoffs", "lay", "laid", "laying", "eliminate", "elimination", "terminate", "fire", "fired", "redundancies"],
  // "works" is left out: "as it works through the difficulties" is not about staff.
  ["workforce", "employees", "employee", "staff", "staffers", "workers", "jobs", "job", "positions", "personnel", "headcount", "work", "employ", "employs"],
  // "Will it keep working?" asks whether the software still does its job; the articles say it
  // "becomes increasingly ineffective". Listing "working" here also keeps it from the staff group.
  ["function", "functions", "functioning", "functional", "working", "ineffective"],
  // "Who broke the news": who first reported it. ("story" is left out: "tell me a bedtime story" is chat.)
  ["report", "reports", "reported", "reporting", "circulate", "circulated", "broke", "news"],
  // "Serves 270k clients": the articles say "servicing" and "serving".
  ["serve", "serves", "served", "serving", "servicing", "serviced"],
  ["commerce", "doc"],
  ["treasury", "ofac"],
  ["sanction", "sanctions", "sanctioned", "sanctioning", "targeted", "target", "hit"],
  ["executive", "executives", "exec", "execs", "leader", "leaders", "leadership", "officer", "officers", "chief", "chiefs", "management", "managers", "bosses"],
  ["deny", "denied", "denies", "refute", "refuted", "reject", "rejected", "dispute", "disputed", "innocence"],
  ["spy", "spying", "spies", "espionage", "surveillance", "snoop", "snooping"],
  ["buy", "purchase", "purchasing", "sell", "selling", "sale", "sales", "sold", "resale", "resales", "reseller", "resellers", "retailer", "retailers"],
  ["customer", "customers", "client", "clients", "consumer", "consumers", "buyer", "buyers", "shopper", "shoppers"],
  ["user", "users"],
  // "Corporate clients" are client companies: "how many companies use it" asks for them.
  ["company", "firm", "vendor", "provider", "corporate", "corporation", "corporations"],
  ["announce", "announced", "announcement", "declare", "declared", "declaration", "unveil", "unveiled", "reveal", "revealed"],
  ["say", "said", "says", "state", "stated", "stating", "statement", "tell", "told", "notice", "message", "display", "displayed", "explain", "explained", "explains", "explanation"],
  ["website", "site", "web", "webpage", "online"],
  ["leave", "leaving", "exit", "exiting", "withdraw", "withdrawal", "withdraws", "departure", "pull", "pullout", "retreat", "quit", "abandon", "close", "closing", "closure", "shut", "shutdown", "wind", "scale", "scaling", "downsize", "downsizing"],
  ["found", "founded", "establish", "established"],
  ["operate", "operates", "operating", "operated", "operation", "operations", "active", "presence", "present"],
  ["first", "initial", "initially", "original", "originally"],
  ["transaction", "transactions", "deal", "deals", "contract", "contracts", "agreement", "agreements"],
  // "Is it illegal to keep using it?" asks whether users will be penalized. ("punished" is left out:
  // listed words also correct typos, and "published" is one letter from it.)
  ["penalty", "penalties", "penalize", "penalized", "punish", "punishment", "fine", "fined", "fines", "prosecute", "illegal", "unlawful", "liable", "trouble"],
  // "Keep it installed" is keeping on using it.
  ["use", "uses", "using", "used", "usage", "run", "runs", "running", "install", "installed", "installs", "installation", "installations"],
  ["keep", "continue", "continuing"],
  ["advise", "advised", "advice", "recommend", "recommended", "recommendation", "suggest", "urge", "urged"],
  ["switch", "switching", "replace", "replacement", "migrate"],
  ["government", "administration", "federal", "feds", "washington"],
  ["authority", "authorities", "power", "powers", "mandate"],
  ["basis", "based", "base", "grounds", "rooted", "derived", "stemming"],
  ["military", "army", "pentagon", "defense"],
  ["revenue", "income", "earnings", "turnover"],
  ["worldwide", "global", "globally", "world", "international"],
  ["country", "countries", "nation", "nations"],
  ["russia", "russian", "moscow", "kremlin"],
  ["software", "product", "products", "program", "app", "apps", "tools"],
  ["evidence", "proof"],
  // "Were officials worried about…": the articles speak of concerns, worries and fears alike.
  ["concern", "concerns", "concerned", "worry", "worries", "worried", "fear", "fears", "feared"],
  // Porter stems "office" and "officer" alike; an office is not an executive.
  ["office", "offices", "hq", "headquarters"],
  ["renowned", "known", "famous", "famed", "noted", "recognized", "recognised"],
  // "How big a player is it?": the articles call it "leading", a "giant", "prominent".
  ["leading", "giant", "prominent", "big", "biggest", "largest", "major"],
  ["professional", "professionals", "expert", "experts", "specialist", "specialists", "analyst", "analysts"],
  ["computer", "computers", "endpoint", "endpoints", "device", "devices", "machine", "machines", "pc", "pcs", "laptop", "laptops"],
  ["antivirus"],
  ["rival", "rivals", "competitor", "competitors", "competing", "competition", "counterpart", "counterparts"],
  ["us", "america", "american", "americans", "usa"],
];
