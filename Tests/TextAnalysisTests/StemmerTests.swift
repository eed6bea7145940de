import Testing
import TextAnalysis

/// Word/stem pairs sampled from Snowball's published test vocabularies:
/// https://github.com/snowballstem/snowball-data — german/diffs.txt and english/diffs.txt
/// (the voc.txt/output.txt pairs side by side).
@Suite(.timeLimit(.minutes(1))) struct StemmerTests {
    static let german: [(String, String)] = [
        ("blume", "blum"), ("blumen", "blum"), ("blühen", "bluh"), ("blühte", "bluht"), ("blumenköpfe", "blumenkopf"),
        ("blumenstrauß", "blumenstrauss"), ("blutungen", "blutung"), ("bodens", "bod"), ("böse", "bos"),
        ("bösartigkeit", "bosart"), ("böswilligkeit", "boswill"), ("botschafter", "botschaft"), ("brachte", "bracht"),
        ("brände", "brand"), ("brauchbaren", "brauchbar"), ("brauchst", "brauch"), ("braunschweig", "braunschweig"),
        ("bräutigam", "brautigam"), ("brennend", "brennend"), ("briefe", "brief"), ("bringen", "bring"),
        ("britischen", "britisch"), ("brötchen", "brotch"), ("brücke", "bruck"), ("brüderlich", "brud"),
        ("brüssel", "brussel"), ("brüste", "brust"), ("buben", "bub"), ("bücher", "buch"), ("buchhandlungen", "buchhandl"),
        ("buchstäbliche", "buchstab"), ("bratenspieß", "bratenspiess"), ("breitspurigkeit", "breitspur"),
        ("boykottieren", "boykotti"), ("broschüre", "broschur"), ("bologneser", "bolognes"), ("brummenden", "brummend"),
        ("brotessen", "brotess"), ("bücherschränken", "bucherschrank"), ("bübchen", "bubch"),
    ]
    static let english: [(String, String)] = [
        ("drinking", "drink"), ("drinkable", "drinkabl"), ("drivelling", "drivel"), ("driving", "drive"),
        ("drizzly", "drizzli"), ("drollery", "drolleri"), ("dropped", "drop"), ("droppings", "drop"), ("drowned", "drown"),
        ("drowsiness", "drowsi"), ("drudgery", "drudgeri"), ("druidical", "druidic"), ("drunkenness", "drunken"),
        ("dry", "dri"), ("drying", "dri"), ("duchesses", "duchess"), ("ducklings", "duckl"), ("dullness", "dull"),
        ("duly", "duli"), ("dumbfounded", "dumbfound"), ("duplicity", "duplic"), ("durability", "durabl"),
        ("duration", "durat"), ("during", "dure"), ("duties", "duti"), ("dutifully", "duti"), ("dwellings", "dwell"),
        ("dying", "die"), ("eagerly", "eager"), ("earnestness", "earnest"), ("earthquakes", "earthquak"),
        ("easily", "easili"), ("eastwards", "eastward"), ("eatables", "eatabl"), ("ebbed", "eb"),
        ("eccentricities", "eccentr"), ("economically", "econom"), ("edification", "edif"), ("educational", "educ"),
        ("effectiveness", "effect"), ("effervescence", "effervesc"), ("electricity", "electr"), ("elegantly", "eleg"),
    ]

    @Test func germanMatchesSnowballVocabulary() {
        let stemmer = Stemmer.shared(.de)
        for (word, stem) in Self.german { #expect(stemmer.stem(word) == stem, "\(word)") }
    }

    @Test func englishMatchesSnowballVocabulary() {
        let stemmer = Stemmer(language: .en)
        for (word, stem) in Self.english { #expect(stemmer.stem(word) == stem, "\(word)") }
    }

    @Test func emptyWordStaysEmpty() {
        #expect(Stemmer.shared(.de).stem("") == "")
    }

    /// libstemmer instances are not thread-safe; the shared instance must still give the
    /// same stems when many tasks use it at once.
    @Test func sharedStemmerIsSafeAcrossThreads() async {
        let words = Self.german.map(\.0) + Self.english.map(\.0)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { words.map { Stemmer.shared(.de).stem($0) } } }
            var all: [[String]] = []
            for await r in group { all.append(r) }
            return all
        }
        let expected = words.map { Stemmer(language: .de).stem($0) }
        for r in results { #expect(r == expected) }
    }
}
