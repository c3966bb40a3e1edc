package dev.lede.ingest.extract;

import java.util.Set;

/** Vocabulary for titles and jobs ("press secretary", "Foreign Minister", "envoy") and for speech. */
public final class Roles {

    /** Head nouns of a title or job: a phrase naming a role contains one of these. */
    public static final Set<String> NOUNS = set("president", "minister", "secretary", "spokesperson", "spokesman",
            "spokeswoman", "chancellor", "premier", "governor", "senator", "ambassador", "envoy", "director", "chief",
            "commander", "chairman", "chairwoman", "chair", "chairperson", "ceo", "founder", "leader", "mayor", "king", "queen",
            "prince", "princess", "pope", "judge", "prosecutor", "attorney", "lawyer", "official", "adviser", "advisor",
            "aide", "reporter", "correspondent", "editor", "analyst", "economist", "professor", "researcher",
            "interviewer", "presenter", "host", "representative", "congressman", "congresswoman", "mp", "lawmaker",
            "diplomat", "officer", "captain", "colonel", "lieutenant", "sergeant", "admiral", "commodore", "brigadier",
            "corporal", "general", "coach",
            "manager", "executive", "head", "counsel", "negotiator", "spokesmen", "ministers", "officials", "emir",
            "sheikh", "deputy", "vice-president", "secretary-general", "commissioner", "inspector",
            "superintendent", "sheriff", "rabbi", "imam", "bishop", "cardinal", "archbishop", "dean", "rector",
            "treasurer", "comptroller", "counterpart", "member", "councillor", "councilor", "alderman", "trustee", "partner", "founder", "owner", "administrator", "ombudsman", "speaker",
            "cfo", "coo", "cto", "cio", "advocate");

    /** Lower-case words that may stand inside a title before its head noun ("press secretary"). */
    public static final Set<String> MODIFIERS = set("press", "foreign", "national", "security", "deputy", "vice",
            "former", "chief", "senior", "prime", "interior", "defence", "defense", "finance", "state", "general",
            "executive", "managing", "government", "military", "top", "acting", "interim", "opposition", "party",
            "health", "economy", "trade", "justice", "education", "energy", "communications", "political",
            "campaign", "white", "house", "news", "foreign-policy", "de", "facto", "council", "city", "board", "committee",
            "union", "business", "parliamentary", "cabinet", "assistant", "associate", "regional", "provincial", "county",
            "home", "financial", "operating");

    /** Speech verbs that attribute a quote or mark a speaker. */
    public static final Set<String> SPEECH = set("said", "says", "say", "told", "tells", "added", "adds", "stated",
            "states", "asked", "asks", "replied", "replies", "explained", "explains", "noted", "notes", "insisted",
            "insists", "warned", "warns", "argued", "argues", "claimed", "claims", "declared", "declares", "wrote",
            "writes", "announced", "announces", "confirmed", "confirms", "denied", "denies", "stressed", "stresses",
            "admitted", "admits", "continued", "recalled", "urged", "urges", "tweeted", "posted", "answered",
            "responded", "commented", "acknowledged", "conceded", "remarked", "observed", "expressed", "expresses", "express", "described",
            "describing", "called", "calling", "pledged", "promised", "vowed");

    /**
     * Lower-case nouns that only people are ("challenger Ana Lobo", "Canadian staffer X"): evidence that the
     * capitalised words after them name a person. Not title words (never dropped from a name, not roles): several
     * are surnames when capitalised ("Singer", "Farmer").
     */
    public static final Set<String> PERSON_NOUNS = set("candidate", "challenger", "incumbent", "rival", "opponent",
            "activist", "staffer", "student", "worker", "player", "star", "teammate", "striker", "defender", "midfielder",
            "goalkeeper", "pitcher", "athlete", "runner", "champion", "scientist", "author", "writer", "filmmaker",
            "actor", "actress", "artist", "singer", "musician", "journalist", "doctor", "teacher", "resident",
            "suspect", "defendant", "victim", "entrepreneur", "investor", "billionaire", "businessman",
            "businesswoman", "expert", "consultant", "co-founder", "cofounder", "boss", "pastor", "priest", "poet",
            "novelist", "historian", "columnist", "veteran", "witness", "colleague", "son", "daughter", "wife",
            "husband", "brother", "sister", "mother", "father", "farmer", "nurse", "driver", "villager", "survivor",
            "shopkeeper", "vendor", "fisherman", "engineer", "pilot", "soldier", "refugee", "migrant", "protester",
            "demonstrator", "voter", "supporter", "retiree", "pensioner", "trader", "merchant", "banker", "photographer",
            "designer", "architect", "chef", "labourer", "laborer", "miner", "volunteer", "physician", "surgeon",
            "paramedic", "firefighter", "policeman", "policewoman", "grandmother", "grandfather", "mum", "dad",
            "nephew", "niece", "cousin", "uncle", "aunt", "neighbour", "neighbor", "friend", "coordinator", "campaigner",
            "lecturer", "graduate", "pupil", "owner",
            // sport's positions and disciplines ("Real Madrid forward Kylian Mbappe", "the spinner said")
            "forward", "winger", "playmaker", "quarterback", "batsman", "batter", "bowler", "spinner", "all-rounder",
            "wicketkeeper", "jockey", "cyclist", "sprinter", "swimmer", "boxer", "wrestler", "golfer", "skier", "gymnast");

    /** A lower-case word that names a person's role or kind, singular or plural ("professors X and Y"). */
    public static boolean personNoun(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        // "epidemiologist", "virologist", "statistician", "politician": the endings of people's trades
        if (singular.length() > 8 && (singular.endsWith("ologist") || singular.endsWith("ician"))) return true;
        return NOUNS.contains(w) || PERSON_NOUNS.contains(w) || NOUNS.contains(singular) || PERSON_NOUNS.contains(singular);
    }

    /**
     * Lower-case nouns of the kinds of body that speak as one ("the jury said", "the ministry added"): kinds, not
     * names, and never a person's role, a document ("the report said") nor a person ("the woman said").
     */
    public static final Set<String> INSTITUTIONS = set("court", "jury", "tribunal", "ministry", "police", "council",
            "committee", "panel", "government", "commission", "agency", "department", "board", "company", "firm",
            "army", "military", "navy", "embassy", "parliament", "senate", "congress", "cabinet", "administration",
            "authority", "authorities", "regulator", "prosecution", "party", "union", "bank", "university", "hospital",
            "federation", "foundation", "institute", "league", "club", "campaign", "coalition", "alliance",
            "municipality", "presidency", "secretariat", "office", "organisation", "organization", "group", "team");

    /** Duplicates tolerated: these lists grow by hand. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** A title's head noun; a hyphenated word is one when its last part is and every part is a title word ("Director-General"). */
    public static boolean isNoun(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (NOUNS.contains(lower)) return true;
        int dash = lower.lastIndexOf('-');
        if (dash <= 0 || !NOUNS.contains(lower.substring(dash + 1))) return false;
        for (String part : lower.substring(0, dash).split("-")) if (!NOUNS.contains(part) && !MODIFIERS.contains(part)) return false;
        return true;
    }

    private Roles() {
    }
}
