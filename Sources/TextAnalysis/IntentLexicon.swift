/// Every word the analysis knows, in one place, so that a reviewer can read and extend it
/// without reading the matcher.
///
/// ## Pattern notation
///
/// A pattern is words separated by spaces that must follow each other in one clause:
///
/// | notation      | matches |
/// |---------------|---------|
/// | `teilen`      | every word with the same Snowball stem ("teile", "teilt", "teilen") or spelling |
/// | `=likes`      | exactly this spelling (after folding: lower case, ä→ae, ß→ss) |
/// | `gewinnspiel*`| a word starting with it ("gewinnspiele", "gewinnspielteilnahme") |
/// | `*gewinnspiel`| a word ending with it ("sommergewinnspiel") |
/// | `a|b|c`       | one of them |
/// | `…` / `…2`    | up to 4 / 2 other words in between |
/// | `{friend}`    | a word group below |
/// | `!word`       | the trigger (reported as `trigger`; default: the first word) |
/// | `^word`       | only where an imperative or infinitive can stand: clause start, after a comma, "und", "&", "bitte", "einfach", "zu", "to", a modal ("musst", "can") |
/// | `@`, `#`, `#ad` | a mention, any hashtag, the hashtag #ad |
/// | `9`           | a number or number word ("2", "zwei", "two"); `0` only a number in digits |
/// | `&`           | und/oder/and/or/&/+ |
/// | `$`           | the end of a clause part (before a comma, full stop, line break) |
/// | `url`         | a web address or e-mail address |
///
/// Long words (9 letters or more) also match with one typo ("Gewinnspeil", "Teilnahmegebuhr").
///
/// An entry's `unless` patterns cancel a match when they cover its trigger ("500 Teile" is
/// not "teile"). `needs` patterns must occur somewhere in the same sentence.
enum IntentLexicon {
    struct Entry: Sendable {
        let intent: EntryIntent
        let language: TextLanguage
        let patterns: [String]
        var unless: [String] = []
        var needs: [String] = []
        /// Patterns that, anywhere in the same sentence, cancel every match ("nur ein Kommentar pro Person").
        var vetoes: [String] = []
        /// The entry does not count in a post of this language (given or detected): "#ad" is a
        /// label for an English audience, not for a German post.
        var notInPostsOf: TextLanguage? = nil
    }

    /// Named word groups used as `{name}` in patterns.
    static let groups: [String: String] = [
        "friend": "freund|freunde|freundin|freundinnen|*freund|*freundin|*freunde|*partner|*partnerin|bestie|besties|bff|liebsten|lieblingsmensch*|person|personen|jemand*|menschen|mama|papa|schwester|bruder|partner*|kollege*|kollegin*|buddy|buddies|friend|friends|*friend|someone|somebody|person|people|mate|mates|family|bae",
        "post": "beitrag|post|posting|bild|foto|video|reel|tweet|gewinnspiel|aktion|es|das|ihn|dies|diesen|dieses|this|it|pin|story",
        "media": "foto|fotos|bild|bilder|video|videos|selfie|selfies|clip|reel|reels|photo|photos|picture|pictures|pic|pics|snap|image|images|tiktok|schnappschuss|aufnahme",
        "ownDet": "ein|eine|einen|dein|deine|deinen|euer|eure|euren|ihr|ihre|ihren|a|an|your|some|1|one",
        "money": "=eur|=euro|=cent|=ct|=usd|=dollar|=dollars|=gbp|=chf|=franken|=pfund",
        "media2": "foto|fotos|bild|bilder|video|videos|selfie|clip|reel|photo|photos|picture|pic|pics|image",
        "engagement": "markiert|markieren|freunde|friends|referrals|taggt|like|likes|=liked|stimm|stimmen|vote|votes|=voted|kommentar*|comment|comments|reaktion*|reaction|reactions|herz|herzen|hearts|heart|retweet*|repost*|shares|=shared|geteilt|teilt|teilen|interaktion*|views|aufrufe|klicks|markierung*|tags|punkte|points",
        "opinion": "meinung|feedback|eindruck|eindruecke|anregung*|vorschlaege|vorschlag|suggestions|questions|erfahrung*|gedanken|tipps|tipp|idee*|lieblings*|antwort|geschichte|moment*|rezept*|highlight*|wunsch*|traum*|favorit*|thoughts|opinion|opinions|experience|experiences|favourite|favorite|ideas|tips|answer|story|pick|guess|moment|moments|memory|memories|recipe|recipes|wish|wishes|dream|dreams|view|views|take",
        "lot": "=los|=lose|=loses|teilnahmeschein*|losticket*|tombolalos*|rubbellos*|=losnummer|=losnummern",
        "conditional": "wenn|falls|sofern|sobald|if|when|whenever",
        "commission": "provision|provisionen|verguetung|commission|commissions",
        "win": "gewinn*|gewonnen|win|wins|winner|winners|preis|preise|prize|prizes|erhaelt|erhalten|bekommt|gets|receive|receives|get|takes",
    ]

    /// Words that negate everything after them in their clause.
    static let negators: Set<String> = [
        "niemand", "niemanden", "nobody",
        "nicht", "nie", "niemals", "nichts", "ohne", "weder", "keinesfalls", "keineswegs",
        "not", "never", "nothing", "without", "neither", "nor", "nope",
        "verboten", "verbietet", "verbieten", "untersagt", "prohibited", "prohibits", "forbidden", "forbids", "banned",
    ]
    /// Predicates after a trigger that deny that it is needed ("Teilen ist freiwillig").
    static let optionalWords: Set<String> = ["optional", "freiwillig", "optionally", "voluntary"]
    /// Determiners that negate the noun after them ("keine Teilnahmegebühr", "no purchase").
    static let negatingDeterminers: Set<String> = [
        "kein", "keine", "keinen", "keinem", "keiner", "keines", "no", "none",
    ]
    /// Determiner + one of these is a full negator ("no need", "in keiner Weise", "auf keinen Fall").
    static let determinerToFull: Set<String> = ["need", "weise", "way", "means", "fall", "longer", "pflicht", "muss", "must"]
    /// A negator next to one of these does not negate ("nicht nur … sondern auch", "vergiss nicht",
    /// "don't forget", "kein Problem", "no worries", "don't miss").
    static let cancelAfter: Set<String> = [
        "nur", "only", "just", "vergessen", "vergesst", "vergiss", "forget", "miss", "verpassen", "verpasst",
        "zoegern", "zoegert", "zoegere", "hesitate", "wait", "warten", "problem", "problemo", "sorge", "sorgen",
        "worries", "worry", "doubt", "zweifel", "wunder", "wonder", "lange", "mehr", "umsonst", "wie", "matter", "scheuen",
        "scheut", "stress", "fomo", "excuse", "ausrede", "egal", "ausser", "but", "except", "als", "anderes",
    ]
    static let cancelBefore: Set<String> = ["why", "warum", "wieso", "vergiss", "vergesst", "vergessen", "forget", "zoegere", "zoegert", "scheut", "scheu", "egal"]
    /// Predicates that make a later negator deny the trigger before it
    /// ("Teilen ist nicht nötig", "sharing is not required", "Teilnahmegebühr wird nicht erhoben").
    static let necessity: Set<String> = [
        "noetig", "notwendig", "erforderlich", "pflicht", "muss", "voraussetzung", "obligatorisch", "verpflichtend",
        "zwingend", "vorgeschrieben", "erlaubt", "gestattet", "zulaessig", "erwuenscht", "bedingung", "erhoben",
        "faellig", "zaehlt", "gefordert", "verlangt",
        "required", "necessary", "needed", "mandatory", "obligatory", "compulsory", "allowed", "permitted",
        "requirement", "must", "need", "needs", "charged", "counts", "count", "expected", "condition",
        "increase", "improve", "erhoeht", "erhoehen", "verbessert", "affect", "beeinflusst",
        // "Sharing won't earn you extra entries", "Teilen bringt keine Extralose".
        "earn", "earns", "gain", "gains", "get", "gets", "bringt", "bringen", "verschafft", "verschaffen",
    ]
    /// Modal verbs that put a negator after the trigger in scope ("Teilen müsst ihr nicht").
    static let germanModals: Set<String> = [
        "muss", "musst", "muesst", "muessen", "brauchst", "braucht", "brauchen", "darfst", "duerft", "darf", "duerfen",
        "sollst", "sollt", "soll", "sollen",
    ]
    /// A negator at the start of a short clause right after "Teilen?" or "Teilnahmegebühr:" denies it.
    static let answerNo: Set<String> = ["nein", "no", "nope", "optional", "freiwillig", "nicht", "not", "kein", "keine", "keiner", "keinen", "none", "never", "nie", "negativ", "nah"]
    static let answerYes: Set<String> = ["ja", "yes", "yep", "yeah", "klar", "sure", "natuerlich", "absolut", "absolutely", "genau", "jawohl", "definitely", "jap", "jep", "course"]
    /// A negator does not reach over a comma into a part that starts over with one of these
    /// ("Du musst nicht teilen, einfach liken").
    static let restart: Set<String> = ["einfach", "nur", "bitte", "stattdessen", "lieber", "dafuer", "sondern", "just", "simply", "please", "instead", "rather", "only", "but"]
    /// Words that start a new clause for negation ("nicht teilen, aber liken").
    static let contrastive: Set<String> = ["aber", "sondern", "jedoch", "stattdessen", "but", "instead", "however", "allerdings", "trotzdem"]

    /// Words that join the items of a list ("weder liken noch teilen", "likes, shares or comments").
    static let coordinators: Set<String> = ["und", "oder", "noch", "sowie", "and", "or", "nor", "plus"]
    /// Relative clauses describe a thing, they ask for nothing: ", den du teilen kannst",
    /// ", bei denen man teilen muss", "which you can share".
    static let relativePronouns: Set<String> = [
        "der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher", "welchen", "welches", "welchem",
    ]
    static let relativePrepositions: Set<String> = ["mit", "bei", "fuer", "an", "auf", "von", "ueber", "in", "zu", "with", "for"]
    /// Subjects right after a relative pronoun (", den du …", "which you …").
    static let relativeSubjects: Set<String> = [
        "du", "ihr", "sie", "man", "wir", "ich", "er", "jeder", "jede", "alle", "you", "u", "we", "they", "everyone", "anyone", "i",
    ]
    /// An antecedent with one of these makes the relative clause a condition ("jede Person, die du markierst").
    static let quantifiers: Set<String> = ["jede", "jeder", "jedes", "jeden", "jedem", "pro", "je", "alle", "allen", "every", "each", "any", "all", "everyone"]
    static let abilityModals: Set<String> = ["can", "could", "may", "might", "will", "would", "get"]
    /// A relative clause that obliges the reader is still a request ("ein Beitrag, den ihr teilen müsst").
    static let obligationModals: Set<String> = ["musst", "muesst", "solltest", "solltet", "sollt", "sollst", "must", "should", "need", "have"]

    /// Words before a trigger that still leave room for an imperative or infinitive (`^`).
    static let verbalContext: Set<String> = [
        "bitte", "einfach", "jetzt", "nur", "dann", "und", "oder", "auch", "gerne", "gern", "schnell", "noch", "mal",
        "zu", "um", "musst", "muesst", "muss", "muessen", "sollst", "sollt", "kannst", "koennt", "darfst", "duerft",
        "du", "ihr", "ausserdem", "zusaetzlich", "zuerst", "danach", "anschliessend", "sofort", "fleissig", "kraeftig",
        "please", "pls", "plz", "just", "simply", "now", "then", "and", "or", "also", "to", "can", "must", "should",
        "first", "quickly", "go", "equals", "heart", "not", "additionally", "plus", "also,", "gerne,", "nicht",
    ]
    /// First-person subjects: "wir teilen den Gewinner", "we'll share the winner" is the organiser
    /// talking about itself, not a request.
    static let firstPerson: Set<String> = ["wir", "we", "ich", "i"]
    static let auxiliaries: Set<String> = [
        "will", "werden", "werde", "would", "are", "am", "also", "auch", "dann", "gerne", "gern", "then", "again",
        "always", "immer", "haben", "habe", "hab", "have", "had", "has", "ebenfalls", "selbst", "all", "alle", "heute",
        "morgen", "bald", "soon", "gleich", "wuerden", "moechten", "wollen", "shall",
    ]
    /// Words a first-person subject cannot reach over ("wir freuen uns über jeden Kommentar").
    static let subjectStops: Set<String> = [
        "ueber", "fuer", "von", "mit", "auf", "jeden", "jede", "jedes", "jeder", "den", "dem", "die", "das", "der", "ein",
        "eine", "einen", "the", "a", "an", "every", "each", "for", "about", "on", "with", "of", "euer", "eure", "eurer", "your",
    ]
    /// Thanks for something done is no request ("Danke fürs Teilen", "thanks for sharing").
    static let thanks: Set<String> = ["danke", "dank", "thanks", "thank", "thx", "merci", "dankeschoen"]
    /// Superlatives that make an engagement word something collected, not done
    /// ("der Beitrag mit den meisten Likes gewinnt").
    static let superlatives: Set<String> = ["meisten", "meiste", "most", "highest", "hoechsten", "meist", "greatest", "top"]
    /// Reported claims are someone else's words ("if someone DMs you saying you've won").
    static let reported: Set<String> = ["saying", "claiming", "claims", "says", "angeblich", "behauptet", "behaupten", "supposedly", "pretending", "vorgibt", "vorgeben"]
    /// Question openers that make a question a request ("Kannst du das teilen?", "Who wants to win?").
    static let requestModals: Set<String> = [
        "kannst", "koennt", "koennen", "koenntest", "koenntet", "koennten", "wuerdest", "wuerdet", "wuerden", "magst",
        "moegt", "moechtest", "moechtet", "willst", "wollt", "can", "could", "would", "will", "wanna", "want", "wants",
        "fancy", "lust", "bock", "moechte", "will", "mag", "wollen", "interested", "ready", "bereit", "care",
    ]
    static let desireWords: Set<String> = ["lust", "bock", "wanna", "want", "wants", "fancy", "ready", "bereit", "interested", "moechte", "will", "mag", "wollen", "moechtet"]
    static let secondPerson: Set<String> = ["du", "ihr", "sie", "euch", "dich", "dir", "you", "ya", "u", "y'all", "yall"]
    /// Words that end a sentence only seemingly ("z. B.", "ca.", "inkl.").
    static let abbreviations: Set<String> = [
        "z", "b", "bzw", "ca", "inkl", "zzgl", "ggf", "evtl", "usw", "etc", "nr", "str", "u", "a", "e", "g", "i", "vs", "dr",
        "mr", "mrs", "ms", "st", "vgl", "max", "min", "mind", "bspw", "insb", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec", "tel", "abs", "art",
    ]
    /// Number words, matched by `9`.
    static let numberWords: Set<String> = [
        "ein", "eine", "einen", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun", "zehn",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an",
    ]
    /// English contractions, spelled out before matching ("don't" → do not); also without apostrophe.
    static let contractions: [String: [String]] = [
        "don't": ["do", "not"], "dont": ["do", "not"], "doesn't": ["does", "not"], "doesnt": ["does", "not"],
        "didn't": ["did", "not"], "didnt": ["did", "not"], "isn't": ["is", "not"], "isnt": ["is", "not"],
        "aren't": ["are", "not"], "arent": ["are", "not"], "wasn't": ["was", "not"], "wasnt": ["was", "not"],
        "can't": ["can", "not"], "cant": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"],
        "wouldn't": ["would", "not"], "wouldnt": ["would", "not"], "shouldn't": ["should", "not"],
        "couldn't": ["could", "not"], "haven't": ["have", "not"], "havent": ["have", "not"], "hasn't": ["has", "not"],
        "hasnt": ["has", "not"], "mustn't": ["must", "not"], "needn't": ["need", "not"], "ain't": ["is", "not"],
        "you're": ["you", "are"], "youre": ["you", "are"], "you've": ["you", "have"], "youve": ["you", "have"],
        "you'll": ["you", "will"], "youll": ["you", "will"], "we're": ["we", "are"], "we've": ["we", "have"],
        "we'll": ["we", "will"], "we'd": ["we", "would"], "i'm": ["i", "am"], "i'll": ["i", "will"], "i've": ["i", "have"],
        "it's": ["it", "is"], "let's": ["let", "us"], "that's": ["that", "is"], "what's": ["what", "is"],
        "there's": ["there", "is"], "who's": ["who", "is"], "you'd": ["you", "would"], "they're": ["they", "are"],
        "gibt's": ["gibt", "es"], "geht's": ["geht", "es"], "wie's": ["wie", "es"], "hat's": ["hat", "es"],
    ]

    // MARK: The intents

    static let entries: [Entry] = [
        // like
        Entry(intent: .like, language: .de, patterns: [
            "=liken|=likt|=liket|=gelikt|=geliked|=gelike|=likest|=likst|=liked",
            "^like den|die|das|diesen|dieses|diese|unseren|unsere|unser|meinen|meine|mein|beitrag|post|posting|bild|foto|video|reel|&|und|oder|$|heart|kommentier*|teil*|folg*", "gefaellt mir angabe", "gefaellt mir klick*|drueck*|geben|button", "auf gefaellt mir",
            "lass|lasst|hinterlass|hinterlasse|hinterlasst|gib|gebt|schenk|schenkt|dalassen …3 like|herz|herzchen|daumen|heart",
            "ein|einen|dein|euer|eure|mit|per|jedes|jeden|=1 like|likes|herz|herzchen", "daumen hoch", "doppeltipp*", "doppelt tippen",
        ], unless: [
            "=like|=likes|=likt|=liket unsere|unser|die|meine|diese seite|page|profil|kanal|account",
            "{engagement} !=likes|=like …2 gewinn*|sammeln|sammelt|bekommt|erhaelt",
            "^like to|a|an|that|you|i|we|they|me|what|how",
        ]),
        Entry(intent: .like, language: .en, patterns: [
            "^like this|the|our|my|it|post|photo|picture|pic|video|tweet|reel|both|all|&|comment|share|follow|heart|$|@|below|above|tiktok",
            "^like if|when",
            "=liking", "hit|smash|tap|give|drop|leave|press …3 like|heart|likes", "double tap", "=doubletap",
        ], unless: [
            "like our|the|my|this page|profile|account|channel",
            "as … as you|they|u !like", "you !like", "if you like", "feel|look|looks|looking|something|anything|nothing|things|days|day|people !like",
            "would|d|you !like …2 to",
        ]),
        // comment
        Entry(intent: .comment, language: .de, patterns: [
            "kommentier*", "kommentar*", "*kommentar", "*kommentare", "kommi|kommis",
            "antworte|antwortet|antworten auf|unter diesen|diesem|den|dem|unseren|unser",
            "schreib|schreibt|schreibe|schreiben|hinterlass|hinterlasse|verrat|verrate|verratet|sag|sagt …4 unten|drunter|darunter|unter|kommentarspalte",
        ], unless: ["link|links …3 !kommentar*|comments|comment", "!kommentar =unseres|=des|=der|=von|=zum|=zur", "=kommentarfunktion", "kein kommentar", "!kommentar*|comments|comment …6 =geloescht|=entfernt|=deleted|=removed|=verborgen|=hidden|=ausgeblendet"]),
        Entry(intent: .comment, language: .en, patterns: [
            "comment", "comments", "commenting", "^reply|replies|=replying", "drop|leave|write|post|tell|put …4 below|underneath|comments|comment",
            "every|each reply",
        ], unless: ["no comment"]),
        // share
        Entry(intent: .share, language: .de, patterns: [
            "teil|teile|teilt|teilen|teilst|geteilt|teilet|weiterteilen", "weiterleiten", "leite|leitet …6 weiter", "verbreite|verbreitet|verbreiten",
            "share|sharen|shared|geshared|geshart",
        ], unless: [
            "0|die|alle|diese|einzelne|einzelnen|viele|vielen|mehrere|den|beide|beiden|kleine|kleinen|zwei|drei|vier|fuenf|ersatz !teile|teilen",
            "!=teil", "!teile|teilt|teilen|teilst|teil …6 =mit $", "!teile|teilt|teilen|teilst|teil uns|dem|der|den …6 mit",
            "!teil|teile|teilt|teilen|share|teilst {ownDet} …2 {media}",
            "!teil|teile|teilt|teilen|share|teilst …2 dein|deine|deinen|eure|euren|euer|ihre|ihren|uns …2 {opinion}",
            "!teil|teile|teilt|teilen mit uns", "gewinn|preis|gewinne|preise …3 !geteilt",
            // A prize to be shared is no request: "ein Korb zum Teilen".
            "zum !teilen|weiterteilen",
        ]),
        Entry(intent: .share, language: .en, patterns: [
            "share|shares|sharing|=shared|reshare|reshares|resharing", "spread the word", "pass it on", "forward … to",
        ], unless: [
            "market|fair|your|our !share", "!share {ownDet} …2 {media}",
            "!share your|us|my …2 {opinion}",
            "!share …4 with us", "=shared|=sharing by|with|in|at", "happy|excited|thrilled|proud|pleased|glad|delighted …2 to !share", "!share that", "!share … prize|=winnings|pot",
            "{friend} …2 you|would|who|du|dem|der|wem !share|teilen|teilst|teilt|teile",
            // A prize to be shared is no request: "win a hamper to share with friends", "perfect for sharing".
            "win|wins|winning|prize a|an|one|9|the …3 to !share", "for|perfect|ideal|great !sharing",
        ]),
        // story_share
        Entry(intent: .storyShare, language: .de, patterns: [
            "teil|teile|teilt|teilen|poste|postet|posten|pack|packt|packe|reposte|repostet|reposten|share|sharen|stell|stellt …4 in|auf …2 story|storys|stories|instastory|*story",
            "story|storys|stories|*story …3 teilen|posten|sharen|reposten|packen",
            "story repost|share",
        ], unless: ["!teil|teile|teilt|teilen|poste|postet|posten {ownDet} …2 {media}"]),
        Entry(intent: .storyShare, language: .en, patterns: [
            "share|post|repost|add|put|reshare …4 to|in|on|into …2 story|stories",
            "story share|repost|reshare",
        ], unless: ["!share|post {ownDet} …2 {media}"]),
        // tag_friends
        Entry(intent: .tagFriends, language: .de, patterns: [
            "markier*|tagge|taggt|taggen|getaggt|tag|verlinke|verlinkt|verlinken|nominiere|nominiert|nominieren|erwaehne|erwaehnt|erwaehnen …4 {friend}",
            "{friend} …4 !markieren|taggen|verlinken|nominieren|erwaehnen|markiert|getaggt|markierst|taggst|verlinkst",
            "markier|markiere|markiert|tagge|taggt|verlinke|verlinkt …2 =wen|=wem|=denjenigen|=diejenige|=diejenigen|9",
            "markier|markiere|markiert|tagge|taggt|verlinke|verlinkt =deine|=deinen|=deinem|=eure|=euren|=euer",
            "=@ dein|deine|deinen|eure|euren|your|a|an|the|jemand*|someone|somebody",
        ], unless: ["markier* …3 =dich|=euch|=uns|@ $"]),
        Entry(intent: .tagFriends, language: .en, patterns: [
            "tag|tags|tagging|tagged|mention|nominate|nominating …4 {friend}",
            "tag|nominate whoever|anyone|everyone|them", "nominate|nominating a|an|someone|your", "& =tag $", "{friend} you|u tag|mention|nominate", "each|every !tag",
        ], unless: ["!tag|tags yourself|us|@ $", "!tag us"]),
        // tag_self
        Entry(intent: .tagSelf, language: .de, patterns: [
            "markier*|tagge|taggt|verlinke|verlinkt dich|euch …3 selbst|auf|im|in|foto|bild|$",
            "dich|euch selbst markieren|taggen|verlinken",
        ]),
        Entry(intent: .tagSelf, language: .en, patterns: ["tag|tagging yourself|yourselves"]),
        // follow
        Entry(intent: .follow, language: .de, patterns: [
            "folg|folge|folgt|folgen …1 =uns|@|=unserem|=unserer|=unseren|=unserm|=dem|=der|=meinem|=meiner|=mir|account|kanal|profil|seite",
            "uns|@|account|kanal|profil|seite|accounts …3 folgen|followen|folgst|folgt",
            "^followe|followt|followen|follow uns|@|unserem|unserer|dem|mir",
            "^folgen nicht vergessen|vergesst", "^folgen &", "^folgen|folgt $", "& folgen $", "follower|fan|fans werden|sein|bist|seid", "like|likt|liket unsere|die seite|page",
            "abonnier*|abonniere|abonniert uns|@|unser|unseren|unsere|unserem|mein|meinen|meine account|profil|seite",
            "abonnier|abonniere|abonniert|abonnieren uns|@",
        ], unless: ["abonnier* … kanal|channel|newsletter|youtube", "neue|naechste|letzte|erste|diese|jede|heutige|dieser|der|die !folge"]),
        Entry(intent: .follow, language: .en, patterns: [
            "follow|follows|following|followed us|@|our|me|along|both|each|all",
            "follow for …2 more", "must|need|have follow $", "follow to enter|win|participate|join|be|qualify", "^follow &", "& follow $",
            "=following is|are|nor|or|and|not|optional|$", "neither|nor|no =following", "be|become a fan|follower", "like our|the page|profile", "give us a follow",
        ], unless: [
            "the|as following", "=follows|=followed by", "follow the|these|our rules|steps|instructions|link|terms|conditions|guidelines",
            "follow … up",
        ]),
        // repost
        Entry(intent: .repost, language: .de, patterns: [
            "repost|reposte|repostet|reposten|retweet|retweete|retweetet|retweeten|=rt|weiterposten", "zitiere|zitiert … tweet|post",
        ], unless: ["story|storys|stories …4 !repost|reposte|repostet|reposten", "!repost|reposte|repostet|reposten … in|auf …2 story"]),
        Entry(intent: .repost, language: .en, patterns: [
            "repost|reposts|reposting|reposted|retweet|retweets|retweeting|=rt|=qt|=reblog|=retweeted", "quote …2 tweet|post",
        ], unless: ["!repost|reposts … to|in|on …2 story|stories", "^!=rt @ $"]),
        // hashtag
        Entry(intent: .hashtag, language: .de, patterns: [
            "hashtag|hashtags|#hashtag",
            "verwende|verwendet|verwenden|nutze|nutzt|nutzen|benutze|benutzt|benutzen|setze|setzt|poste|postet|posten|versehe|fuege|fuegt … #",
            "# verwenden|nutzen|benutzen|setzen|posten", "mit|unter …2 #",
        ], unless: ["kein|keine|keinen !hashtag"]),
        Entry(intent: .hashtag, language: .en, patterns: [
            "hashtag|hashtags|#hashtag", "use|using|add|include|post|posting … #", "with|under|using …2 #",
        ], unless: ["!with|mit …2 #ad|#gifted|#sponsored|#werbung|#anzeige|#partner|#collab|#kooperation|#ads"]),
        // mention
        Entry(intent: .mention, language: .de, patterns: [
            "markier*|tagge|taggt|tag|verlinke|verlinkt|verlinken|erwaehne|erwaehnt|erwaehnen uns|@",
            "uns|@ …2 markieren|taggen|verlinken|erwaehnen|markiert|verlinkt|erwaehnt",
        ], unless: ["@ …3 {friend}", "@ & …2 !markieren|markiere|markiert|taggen|verlinken|verlinke|erwaehnen"]),
        Entry(intent: .mention, language: .en, patterns: [
            "tag|tags|tagging|mention|mentioning|mentions us|@", "@ …2 tagged|mentioned",
        ]),
        // upload
        Entry(intent: .upload, language: .de, patterns: [
            "lade|ladet …5 hoch", "hochladen|hochlaedst|hochgeladen", "upload*",
            "teil|teile|teilt|teilen|poste|postet|posten|zeig|zeige|zeigt|schick|schicke|schickt|sende|sendet|mach|macht|fotografier* …2 {ownDet} …2 {media}",
            "{ownDet} …2 {media} …4 posten|teilen|hochladen|schicken|senden|zeigen|einsenden|einreichen|postet",
            "zeig|zeigt|zeige uns dein|deine|deinen|eure|euren", "einsend*", "mit einem|deinem|eurem|einer …2 foto|bild|video|selfie|clip", "^duett|duette|duettiere|stitch|stitche", "reiche|reicht …4 ein", "einreich*",
        ], unless: ["!mach|macht … mit $"]),
        Entry(intent: .upload, language: .en, patterns: [
            "upload|uploading", "share|post|submit|send|show|snap|take {ownDet} …2 {media}",
            "show us your", "submit|submitting your", "with a|an|your …2 photo|photos|picture|pic|selfie|video|clip", "^duet|stitch this|our|the|it|us", "film|record|create a|your video|reel|tiktok|clip",
        ]),
        // message
        Entry(intent: .message, language: .de, patterns: [
            "schick|schicke|schickt|sende|sendet|schreib|schreibe|schreibt …4 dm|pn|direktnachricht|nachricht|privatnachricht|whatsapp",
            "teilnahm*|teilnehm*|mitmach* …3 !per|via dm|pn|direktnachricht|nachricht",
            "per|via dm|pn|direktnachricht|nachricht … teilnehmen|mitmachen|bewerben|schicken|senden",
            "^dm uns", "per|via …2 dm|pn|direktnachricht|whatsapp",
        ], unless: ["!schick|schicke|schickt|sende|sendet|schreib … dem|den gewinner*", "per|via dm|pn|direktnachricht|nachricht|e-mail|mail …3 benachrichtig*|informiert|kontaktiert|angeschrieben|verstaendigt"]),
        Entry(intent: .message, language: .en, patterns: [
            "send|shoot|drop|write us|me …2 a|an dm|message|pm|note",
            "^dm|=message|=pm us|me", "via|by|in|through dm|dms|messenger", "direct|private message",
            "slide into … dms",
        ], unless: ["contacted|notified|informed|reached|messaged|contact …3 !via|by|through|in"]),
        // vote
        Entry(intent: .vote, language: .de, patterns: [
            "stimm|stimme|stimmt … ab", "abstimmen|abstimmung|abgestimmt", "vote|voten|votet|gevotet|voting",
            "gib|gebt|schenk|schenkt …3 stimme", "umfrage|umfragen", "waehl|waehle|waehlt …3 favorit*|lieblings*|gewinner*|sieger*",
        ], unless: ["meisten !stimmen"]),
        Entry(intent: .vote, language: .en, patterns: ["vote|votes|voting|=voted", "poll"], unless: ["most !votes"]),
        // subscribe
        Entry(intent: .subscribe, language: .de, patterns: [
            "abonnier|abonniere|abonniert|abonnieren|abo … kanal|channel|youtube|podcast",
            "kanal|channel|youtube|podcast …3 abonnieren|abonniert|abo",
            "subscribe|subscribed|subscriben|subscribt",
        ], unless: ["abonnier* … newsletter", "newsletter … abonnier*"]),
        Entry(intent: .subscribe, language: .en, patterns: ["subscribe|subscribed|subscribing|=sub|subscriber", "hit the bell"],
              unless: ["subscribe …3 newsletter|mailing", "newsletter …3 subscribe|subscribers"]),
        // purchase
        Entry(intent: .purchase, language: .de, patterns: [
            "kauf|kaufe|kauft|kaufen|gekauft|kaeufe|kaeufer|kaufpflicht|kaufzwang|kaufbeleg|kaufnachweis|*kauf",
            "bestell*|*bestellung|*bestellwert", "kassenbon|kassenzettel|quittung|beleg",
            "einkauf*", "kunde|kunden werden",
        ], unless: ["verkauf*", "einkaufsgutschein*|*gutschein", "kauf|einkauf …3 gutschein*|wert", "selbst|selber|privat !gekauft", "=selbstgekauft",
                    // Buying a lot or an entry slip is a stake (entry_fee), not buying goods.
                    "!kauf|kaufe|kauft|kaufen|kaufst|gekauft|erwirb|erwerb* …3 {lot}", "{lot} …2 !kaufen|gekauft|kauft|kaufst|erwerben"],
           // An affiliate disclosure: "Wenn du darüber kaufst, erhalte ich eine kleine Provision."
           vetoes: ["{conditional} …12 {commission}", "{commission} …12 {conditional}"]),
        Entry(intent: .purchase, language: .en, patterns: [
            "buy|buying|bought|purchase|purchasing|purchased|purchases", "order|orders|ordering|ordered",
            "receipt|receipts", "proof of purchase", "spend|spending 9|{money}", "shop|shopping with|at us|our",
        ], unless: ["in !order to", "random !order", "!order of", "gift card|voucher …3 !purchase",
                    "!buy|buying|bought|purchase|purchasing|purchased …3 raffle|lottery|entry ticket|tickets", "!buy|buying|purchase|purchasing …2 =entries",
                    "raffle|lottery ticket|tickets …6 !buy|buying|purchase|purchasing"],
           vetoes: ["{conditional} …12 {commission}", "{commission} …12 {conditional}"]),
        // newsletter_signup
        Entry(intent: .newsletterSignup, language: .de, patterns: [
            "newsletter* … anmeld*|abonnier*|eintrag*|registrier*|abo|bestell*",
            "anmeld*|abonnier*|eintrag*|registrier*|trag|tragt|melde|meldet … newsletter*", "newsletteranmeldung",
            "newsletter anmeldung",
        ]),
        Entry(intent: .newsletterSignup, language: .en, patterns: [
            "newsletter|newsletters … subscribe|signing|subscribing|join", "newsletter … sign up",
            "subscribe|sign|join|register|signing|subscribing … newsletter|mailing",
            "mailing list", "email list",
        ]),
        // answer
        Entry(intent: .answer, language: .de, patterns: [
            "antwort|antworten|antwortet|beantworte|beantwortet|beantworten|beantwortung", "quiz|quizfrage|raetsel|raetselfrage",
            "errat*", "rate|ratet mal", "schaetz*", "loesung|loesungswort", "richtige antwort|loesung",
            "verrat|verrate|verratet|sag|sagt|erzaehl|erzaehlt|nenn|nenne|nennt … uns|mir",
            "teil|teile|teilt|teilen uns …6 =mit $", "teil|teile|teilt|teilen …1 uns …6 =mit $",
            "schreib|schreibt|schreibe|schreiben uns … warum|was|welch*|wie|wer|wo|wofuer|wohin|wen|wem", "frage|gewinnfrage|preisfrage",
            "teil|teile|teilt|teilen|teilst …2 dein|deine|deinen|eure|euren|euer|ihre|ihren|uns …2 {opinion}",
        ], unless: [
            "!antworte|antwortet|antworten auf|unter diesen|diesem|den|dem|unseren|unser", "!fragen … an|per|unter|gerne|stell*",
            "bei !fragen", "haeufig gestellte", "!fragen $",
        ]),
        Entry(intent: .answer, language: .en, patterns: [
            "answer|answers|answering", "quiz|trivia|riddle|puzzle", "guess|guessing|estimate", "let us|me know",
            "tell us", "correct|right answer", "share|tell your|us|my …2 {opinion}",
        ], unless: ["any !questions", "!questions …3 contact|email|dm|ask|about"]),
        // web_form
        Entry(intent: .webForm, language: .de, patterns: [
            "formular*|*formular",
            "website|webseite|homepage|landingpage|microsite|link|url|onlineshop|app|bio …4 teilnehm*|teilnahm*|mitmach*|registrier*|anmeld*|eintrag*",
            "teilnehm*|teilnahm*|mitmach*|registrier*|anmeld* … url|website|webseite|homepage|landingpage|microsite|link",
            "teilnahme|teilnehmen|mitmachen ueber|unter|auf …3 url|website|webseite|homepage|link|seite",
            "fuell|fuelle|fuellt … aus",
        ], unless: ["newsletter* … !anmeld*"]),
        Entry(intent: .webForm, language: .en, patterns: [
            "form|forms", "fill|complete|submit … form|entry", "enter|register|participate|sign … at|on|via|through url|website|site|link|page|bio",
            "url|website|link|bio …4 enter|register|participate|entry", "visit url", "fill in|out", "on|at|via our website|site",
        ], unless: ["in any !form", "!form of", "!sign … newsletter"]),
        // multiple_entries
        Entry(intent: .multipleEntries, language: .de, patterns: [
            "jeder|jede|jedes|pro|je …2 kommentar*|markierung*|like|share|teilen|repost|beitrag|freund*|story|post|tag|einsendung|foto|bild|markierte|markierter|geteilte …3 los|lose|chance*|gewinnchance*|teilnahme*|zaehlt|equals|erhoeht",
            "zusaetzlich*|extra|weitere|weiteres|mehr|mehrere|doppelt*|dreifach*|bonus …2 los|lose|chance*|gewinnchance*|teilnahme*|eintrag*|ticket*",
            "zusatzlos|bonuslos|extralos", "so oft …3 du|ihr|sie|willst|wollt|moechtest|moechtet|moechten|wollen|magst",
            "beliebig|unbegrenzt|mehrfach|mehrmals|oefter|oft …3 teilnehm*|teilnahm*|mitmach*|kommentier*|markier*|teilen|posten|liken|erlaubt|moeglich|zaehlt",
            "erhoeh*|verdoppel*|verdreifach*|steigere|steigert|steigern …4 chance*|gewinnchance*", "je mehr … desto|umso|je",
            "mehrfachteilnahm*", "9 {friend}|kommentare|markierungen|tags|shares …2 equals 9",
            "los|lose|chance|chancen|teilnahme …2 pro|je|fuer jeden|jede|jedes|jeder", "zusatzchance*|extrachance*|bonuschance*|zusatzlos*",
        ], unless: ["nur|einmal|einmalig|maximal|hoechstens|max|lediglich eine|ein|einmal …2 teilnahme|los|mal|pro"],
           vetoes: ["nur|lediglich|maximal|hoechstens ein|eine|einen|1 …3 pro|je person|teilnehmer*|account|haushalt"]),
        Entry(intent: .multipleEntries, language: .en, patterns: [
            "extra|bonus|additional|more|multiple|second|another|unlimited|double|triple|two|2x|x2 …2 entry|entries|chance|chances|ticket|tickets",
            "each|every|per …3 comment|tag|share|like|repost|retweet|reply|friend|post|story|mention|day …4 entry|entries|chance|counts|ticket",
            "as often|many|much as you|u like|want|wish", "enter as many times", "the more …5 the more|better|higher",
            "increase|boost|double|triple|improve …3 chance|chances|odds", "enter … daily|again|multiple",
            "as many times as", "=x2 entries", "entry|entries|chance|chances|ticket …3 for|per each|every", "and 9 entry|entries",
        ], unless: ["one|1|single entry per", "only one", "one entry|=entry per person|household|account", "will not|=not increase|improve"],
           vetoes: ["only|max|maximum one|1 …3 per person|account|household|entrant"]),
        // winner_by_engagement
        Entry(intent: .winnerByEngagement, language: .de, patterns: [
            "meisten|meiste|hoechsten|haeufigsten|oeftesten …3 {engagement}", "{engagement} …3 am meisten|haeufigsten|oeftesten",
            "meistgelikt*|meistgeteilt*|meistkommentiert*|meistgeliked*|beliebteste|beliebtesten",
            "am haeufigsten|oeftesten|meisten … teilt|teilen|geteilt|repostet|kommentiert|markiert|geliked|gelikt|postet|retweetet",
        ], needs: ["{win}|gewinnt|gewinner*|sieger*|siegt|siegen|entscheid*|bestimm*|ermittelt"]),
        Entry(intent: .winnerByEngagement, language: .en, patterns: [
            "most|highest|top …3 {engagement}", "most liked|voted|shared|commented|viewed|popular",
            "most … often|times",
        ], needs: ["{win}|wins|winner|winning|decides|determined|chosen|selected|takes"]),
        // contest
        Entry(intent: .contest, language: .de, patterns: [
            "gewinnspiel*|*gewinnspiel|*gewinnspiele", "verlos*|*verlosung", "auslos*|ausgelost",
            "gewinn*|*gewinn|*gewinne|*gewinner|*gewinnerin|gewinnt's",
            "preisausschreiben|tombola|preisraetsel|wettbewerb|hauptpreis*|sachpreis*|preistraeger*",
            "giveaway|giveaways", "give away", "abstauben|absahnen|abraeumen", "verschenk*",
        ], unless: [
            "zum|perfekt|ideal|toll|schoen !verschenken", "!verschenkt|verschenken … lächeln|laecheln|freude|zeit|liebe",
            "kunden|mitarbeiter*|fachkraefte|zeit|einblick*|bedeutung|vertrauen|erkenntnis*|talente|neukunden|marktanteil*|azubi*|bewerber*|kraft|energie|abstand|ueberblick …2 !=gewinnen|=gewinnt|=gewinnst",
            "!=gewinnen|=gewinnt|=gewinnst|=gewinne …3 neue|kunden|mitarbeiter*|fachkraefte|zeit|einblick*|bedeutung|vertrauen|erkenntnis*|talente|neukunden|marktanteil*|azubi*|bewerber*|abstand|ueberblick|an|wir",
            "unser|der|den|dem|des !gewinn …3 prozent|umsatz|steiger*|marge|wachstum|quartal|mio|millionen|steuern|stieg|gestiegen",
            "=gewinnung|*gewinnung|=gewinnmarge|=gewinnsteigerung|=gewinnwarnung|gewinnbringend*|gewinnorientiert*|=gewinnzone|=gewinnspanne|=gewinnerwartung|=gewinnerwartungen|=gewinnbeteiligung|=gewinnausschuettung|*gewinnung",
            "reingewinn*|jahresgewinn*|nettogewinn*|unternehmensgewinn*|bruttogewinn*|zeitgewinn*|*gewinnsteigerung|=zugewinn|=hinzugewinnen|=dazugewinnen|=wiedergewinnen",
        ]),
        Entry(intent: .contest, language: .en, patterns: [
            "win|wins|winning|winner|winners", "giveaway|giveaways", "give away", "giving away", "sweepstake|sweepstakes",
            "raffle|raffles", "prize|prizes", "the|prize|lucky|a draw", "contest|contests|competition|competitions", "up for grabs", "lucky draw",
        ], unless: [
            "win ~win", "!win|wins|winning over|customers|clients|business|deals|trust|hearts|awards|award|back",
            "award ~!winning", "award !winning", "!winning team|streak", "!win the game", "~win",
            "!win|wins|winning|won …3 award|awards|title|league|match|game|championship|election|pitch|tender|contract|case|cup",
        ]),
        // random_draw
        Entry(intent: .randomDraw, language: .de, patterns: [
            "auslos*|ausgelost|ausgelosten", "losverfahren|losentscheid|losglueck|lostopf|*lostopf|lostrommel|losfee",
            "ein|das|dem|den|jeder|jedes|pro|je|per|durch|weitere|weiteres|zusaetzlich*|extra|mehr|mehrere|9|die|deine|dein|euer|eure|doppelte !los|lose",
            "!los|lose entscheidet|entscheiden|kostet|kosten",
            "zufall*|zufaellig*", "jury|fachjury|gezogen|ziehung|gelost", "unter allen", "entscheidet|entscheidung … jury|los|zufall",
            // A Verlosung is a draw by lot by definition; "wir losen am 12.5. aus" is auslosen.
            "verlos*|*verlosung|tombola|tombolas", "=losen|=lost|=lose|=loste|=losten …8 =aus",
            // Lots bought imply a draw: "Jetzt Lose kaufen".
            "kauf|kaufe|kauft|kaufen|kaufst|erwirb|erwerbt|erwerben|hol|holt|sichere|sichert …3 !=los|=lose", "!=los|=lose …2 kaufen|erwerben|gekauft|erworben",
        ], unless: ["los geht*|gehts", "geht es|gehts !los", "jetzt|und|leg|legt|gleich|dann !los $"]),
        Entry(intent: .randomDraw, language: .en, patterns: [
            "random|randomly", "drawn", "prize draw", "the draw", "lucky draw", "draw the", "draws", "jury|judges|judged",
            "panel of", "raffle|raffles|raffled|raffling|tombola", "selected|chosen|picked|determined …4 at random", "selected|chosen|picked|determined …4 randomly",
            "selected|chosen|picked|judged by a|an|our|the …2 team|jury|panel|judges|experts", "randomiser|randomizer|=random.org",
        ], unless: ["!draw a|your|me|us|on|inspiration"]),
        // entry_fee
        Entry(intent: .entryFee, language: .de, patterns: [
            "teilnahmegebuehr*|*teilnahmegebuehr|gebuehr|gebuehren|startgeld|startgebuehr|loskosten",
            "teilnahme|los|lose|mitmachen|teilnehmen|ticket|teilnahmeticket …3 kostet|kosten|kostenpflichtig",
            "kostenpflichtig|kostenpflichtige", "zahl|zahle|zahlt|bezahl*|ueberweis* … teilnehm*|teilnahm*|mitmach*|los|lose",
            "pro|je sms|anruf|teilnahme|los … {money}", "{money} …2 pro|je sms|anruf|teilnahme|los", "sms|anruf …3 {money}", "{money} …2 sms|anruf|min|minute",
            // Buying a lot or an entry slip is a stake: "Jetzt Lose kaufen", "Teilnahmeschein kaufen", "Lose à 2 €".
            "kauf|kaufe|kauft|kaufen|kaufst|erwirb|erwerbt|erwerben|erwerbe|hol|holt|sichere|sichert …3 !{lot}",
            "!{lot} …2 kaufen|erwerben|gekauft|erworben|kaufst|kauft", "!{lot} …3 0 {money}", "!{lot} …2 {money} 0",
        ], unless: ["versandgebuehr*|versandkosten|*versandgebuehr", "kostet|kosten nichts|nix", "!{lot} …2 gewinn*|gewinnt|gratis|kostenlos*|umsonst|geschenkt"]),
        Entry(intent: .entryFee, language: .de, patterns: ["einsatz|spieleinsatz|mindesteinsatz|wetteinsatz"], needs: ["{money}"]),
        Entry(intent: .entryFee, language: .en, patterns: [
            "entry|participation|registration fee|fees|cost|costs|charge", "fee|fees to enter|participate|play", "pay|paying …4 to enter|enter|participate|play",
            "entry|ticket|tickets|entries cost|costs {money}|9", "stake|wager|buy-in", "{money} …2 per|an|a|each entry|ticket|text|sms|go|play", "fee|fees of …2 {money}",
            // Raffle tickets are sold: buying one is the stake.
            "raffle|lottery !ticket|tickets", "buy|buying|purchase|purchasing …3 !entries|=entry|ticket|tickets to|for enter|the|participate",
        ], unless: ["!entry cost|costs nothing", "free|complimentary|gratis …2 raffle|lottery !ticket|tickets"]),
        // already_won
        Entry(intent: .alreadyWon, language: .de, patterns: [
            "du|ihr|sie hast|habt|haben …8 gewonnen", "hast|habt|haben du|ihr|sie …8 gewonnen",
            "du|ihr|sie bist|seid|sind …4 gewinner*", "bist|seid|sind du|ihr|sie …4 gewinner*",
            "gehoerst|gehoert|gehoeren … gewinnern", "du|sie wurdest|wurden …4 ausgelost|gezogen|ausgewaehlt",
        ]),
        Entry(intent: .alreadyWon, language: .en, patterns: [
            "you|u have|are|were …4 won|winner|winners|selected|chosen", "you|u won", "claim your prize|reward",
        ]),
        // free_claim
        Entry(intent: .freeClaim, language: .de, patterns: [
            "gratis|kostenlos|kostenlose|kostenlosen|kostenloser|kostenloses|umsonst|kostenfrei|kostenfreie|gratisprobe|gratisprodukt",
            "kostet|kosten nichts|nix",
        ], unless: [
            "kostenlos*|gratis|kostenfrei …2 versand|lieferung|rueckversand|ruecksendung", "nicht !umsonst", "!umsonst gewartet|gemacht",
        ]),
        Entry(intent: .freeClaim, language: .en, patterns: ["free|freebie|freebies", "free of charge", "no cost", "complimentary", "cost|costs nothing"], unless: [
            "feel !free", "!free time|spirit|will|from|shipping|delivery|returns|parking|wifi",
            "~free", "!free standard shipping", "duty|tax|toll !free",
        ]),
        // ad_label
        // Only clear labels (Medienanstalten, Leitfaden Werbekennzeichnung): "Werbung", "Anzeige",
        // "gesponsert", the platform's "Bezahlte Partnerschaft". "In Kooperation mit", "in
        // Zusammenarbeit mit", "unterstützt von", "sponsored by", "#kooperation", "#affiliate",
        // "#gifted", "#partner" name a partner, not an ad.
        Entry(intent: .adLabel, language: .de, patterns: [
            "werbung|#werbung|#anzeige|anzeige|werbeanzeige|=werbelink|=werbelinks", "gesponsert|gesponserte|gesponserter|gesponsertes|sponsored|#gesponsert",
            "bezahlte partnerschaft|werbepartnerschaft", "#sponsored",
        ], unless: [
            "werbung|werbeanzeige|anzeige … schalten|machen|buchen|kosten|budget|aufgeben", "schalt*|mach*|buch*|aufgeben …3 werbung|anzeige|werbeanzeige",
            "anzeige erstatten", "diese|die|unsere|eine|der|den|jede|meine|neue !anzeige",
            "!gesponsert|gesponserte|gesponserter|sponsored von|durch|by",
        ]),
        Entry(intent: .adLabel, language: .en, patterns: [
            "sponsored|#sponsored|#advert|#advertisement|advertisement", "paid partnership|promotion",
        ], unless: ["!sponsored|#sponsored by"]),
        // "#ad" is understood by an English audience; a German post needs a German label.
        Entry(intent: .adLabel, language: .en, patterns: ["#ad|#ads", "^=ad $"],
              unless: ["ad campaign|budget|spend|account|manager|agency"], notInPostsOf: .de),
    ]

    /// A match of the first intent also counts for the second ("share to your story" is a share).
    static let implies: [EntryIntent: [EntryIntent]] = [.storyShare: [.share]]
}

extension IntentLexicon {
    /// Function words that hashtags are made of besides the lexicon's own words
    /// (#ShareToWin, #teilenundgewinnen, #jetztmitmachen).
    static let hashtagFunctionWords: Set<String> = [
        "to", "and", "und", "the", "for", "fuer", "your", "my", "mein", "dein", "me", "it", "now", "jetzt", "mit", "with",
        "day", "time", "zeit", "alert", "alarm", "mitmachen", "mach", "mit", "a", "an", "of", "zum", "im", "am", "in",
        "summer", "sommer", "winter", "weihnachten", "advent", "adventskalender", "xmas", "christmas", "ostern", "easter",
        "love", "liebe", "local", "lokal", "deutschland", "germany", "insta", "instagram", "facebook", "tiktok", "linkedin",
    ]

    /// Every folded word the lexicon mentions; hashtags are split into these.
    static let knownWords: Set<String> = {
        var words = hashtagFunctionWords
        for entry in IntentMatcher.lexicon.entries {
            for p in entry.patterns { words.formUnion(p.words); words.formUnion(p.prefixes) }
        }
        for list in IntentMatcher.lexicon.unless.values { for p in list { words.formUnion(p.words) } }
        return words.filter { $0.count >= 2 && $0.allSatisfy { $0.isLetter || $0.isNumber } }
    }()

    /// Prefix atoms (`kommentier*`) long enough for typo tolerance.
    static let typoPrefixes: Set<String> = {
        var out = Set<String>()
        for entry in IntentMatcher.lexicon.entries { for p in entry.patterns { out.formUnion(p.prefixes.filter { $0.count >= 9 }) } }
        return out
    }()

    /// Long trigger words (9 letters or more) by first letter, for one-typo matches.
    static let typoIndex: [String: [String]] = {
        var index: [String: Set<String>] = [:]
        for entry in IntentMatcher.lexicon.entries {
            for p in entry.patterns {
                for w in p.words + p.prefixes where w.count >= 9 && w.allSatisfy(\.isLetter) { index[String(w.prefix(1)), default: []].insert(w) }
            }
        }
        return index.mapValues { $0.sorted() }
    }()
}
