/// Names a note gives to the reader that no pattern reads: "the k8s workshop at Codam was great,
/// you rock", "your Helio migration story", "caught your bit on the Data Engineering Podcast". Such
/// a note is not a stock note (one that could go to anyone): like a note in another language, it is
/// left to the reader. Only in a note that speaks to the reader or of the two of them ("you", "we",
/// "both"), that neither recruits nor gives itself away as stock (`stockTells`), and only names
/// that say something of the two of them: not the sender's own introduction ("I'm a partner at
/// Acme", "our client in London", "Tom from Hays here", "I write a newsletter, The Platform
/// Brief"), names a pitch lists, the greeting or sign-off, the reader's name, days, or what a mail
/// merge fills in (the reader's current employer, title, location and skills, and the words of a
/// trade: `Placed`).
enum UnplacedNames {
    /// The words of `note` that may name something (capitalised inside a sentence, or shaped as
    /// a name: "k8s", "pgBackRest", "PUG"), before the reader's records are asked.
    static func candidates(_ note: NoteText, ownerNames: Set<String>) -> [String] {
        let words = note.words, folded = note.folded
        guard folded.contains(where: { addressWords.contains(bare($0)) }) else { return [] }
        // German writes every noun capitalised: there, only the shapes of names count. Asked
        // at the first capitalised word, as the patterns below at the end: most notes have none.
        var german: Bool?
        let end = signOffStart(words, folded)
        let ownerWords = Set(ownerNames.flatMap { $0.split(separator: " ").map(String.init) })
        var found: [String] = []
        var index = NoteText.greetingEnd(folded, original: words)
        var sentenceStart = true, clauseStart = true, inIntroduction = false
        while index < end {
            let word = words[index], bare = bare(folded[index])
            defer {
                let closes = EntityExtractor.endsClause(word) || dashes.contains(word)
                // An emoji ends a sentence as often as a full stop: "… at Northwind 🎉 Would love to".
                sentenceStart = bare.isEmpty || closes && (".!?".contains(word.last ?? " ") || word.count == 1)
                clauseStart = sentenceStart || closes
                if closes, !(word.hasSuffix(",") && index + 1 < end && isApposition(words[index + 1], folded[index + 1])) {
                    inIntroduction = false
                }
                index += 1
            }
            if clauseStart, endsWithHere(words, folded, from: index, end: end) { inIntroduction = true }
            if introductions.contains(bare) || socialProof.contains(bare) { inIntroduction = true }
            // "I'm the one who asked…", "I'm the PM who sat in your brown-bag": what follows is
            // theirs and yours.
            if bare == "who" || bare == "whose" { inIntroduction = false }
            if let seconds = pairs[bare], index + 1 < end, seconds.contains(Self.bare(folded[index + 1])) { inIntroduction = true }
            guard !inIntroduction, !bare.isEmpty, !notNames.contains(bare), !ownerWords.contains(bare),
                  !EntityExtractor.isTime(bare) else { continue }
            if hasNameShape(word) {
                found.append(trimmed(word))
            } else if !sentenceStart, EntityExtractor.isCapitalised(word), !startsWithDigit(word) {
                if german == nil { german = NoteLanguage.isGerman(core: note.core) }
                if german == false { found.append(trimmed(word)) }
            }
        }
        guard !found.isEmpty, !NotePatterns.jobs.matchesAny(note.text), !stockTells.matchesAny(note.text) else { return [] }
        return found
    }

    /// The reader's own words that a mail merge fills in, folded once per rescore.
    struct Placed: Sendable {
        private let words: Set<String>

        init(_ evidence: Evidence) {
            var texts = evidence.skills + [evidence.headline].compactMap { $0 }
            for position in evidence.positions where position.end == nil {
                texts += [position.company, position.title, position.location].compactMap { $0 }
            }
            words = Set(texts.flatMap(OrganisationName.words)).union(UnplacedNames.tradeWords)
        }

        /// The candidates that are none of the reader's mail-merge words.
        func unplaced(_ candidates: [String]) -> [String] {
            candidates.filter { candidate in !OrganisationName.words(candidate).allSatisfy(words.contains) }
        }
    }

    /// Where the sign-off starts ("Best, Tom Becker", "- Tom"), the end of the words otherwise.
    /// The closing words include some that end sentences too ("we met at Codam"): a sign-off
    /// follows the end of a clause, or holds names only after its closing words.
    private static func signOffStart(_ words: [String], _ folded: [String]) -> Int {
        var end = words.count
        let start = Phrases.signOffStart(words.count) { EntityExtractor.bare(folded[$0]) }
        if start < end {
            var names = start
            while names < end, Phrases.signOffWords.contains(EntityExtractor.bare(folded[names])) { names += 1 }
            if start == 0 || EntityExtractor.endsClause(words[start - 1]) || words[names...].allSatisfy(EntityExtractor.isCapitalised) {
                end = start
            }
        }
        if let dash = words[..<end].lastIndex(where: dashes.contains), end - dash <= 4,
           words[(dash + 1)..<end].allSatisfy(EntityExtractor.isCapitalised) { end = dash }
        return end
    }

    private static let dashes: Set<String> = ["-", "—", "–"]

    /// "Tom from Hays here", "Robert Walters here -": a clause of a few words that ends with
    /// "here" introduces its sender.
    private static func endsWithHere(_ words: [String], _ folded: [String], from start: Int, end: Int) -> Bool {
        for index in (start + 1)..<min(end, start + 6) {
            if bare(folded[index]) == "here" {
                return index + 1 == end || EntityExtractor.endsClause(words[index]) || dashes.contains(words[index + 1])
            }
            if EntityExtractor.endsClause(words[index]) { return false }
        }
        return false
    }

    /// A name or an article after an introduction's comma goes on with it: "I write a
    /// newsletter, The Platform Brief", "our client, a bank in Amsterdam, would love to talk".
    private static func isApposition(_ word: String, _ folded: String) -> Bool {
        let bare = bare(folded)
        if bare == "i" || bare.hasPrefix("i'") || bare == "we" { return false }
        return ["a", "an", "the"].contains(bare) || EntityExtractor.isCapitalised(word)
    }

    /// "k8s", "PGConf.NL", "pgBackRest", "PUG": a digit among two letters or more ("3x" and
    /// "1h" are amounts), a capital after a small letter, or two to six capitals.
    private static func hasNameShape(_ word: String) -> Bool {
        var upper = 0, lower = 0, digits = 0, lowerThenUpper = false, previousLower = false
        for scalar in word.unicodeScalars {
            let isUpper: Bool, isLower: Bool
            if scalar.isASCII {
                (isUpper, isLower) = (("A"..."Z").contains(scalar), ("a"..."z").contains(scalar))
                if ("0"..."9").contains(scalar) { digits += 1 }
            } else {
                (isUpper, isLower) = (scalar.properties.isUppercase, scalar.properties.isLowercase)
            }
            if isUpper { upper += 1; lowerThenUpper = lowerThenUpper || previousLower }
            if isLower { lower += 1 }
            previousLower = isLower
        }
        if digits > 0 { return upper + lower >= 2 }
        if upper >= 2 && lower == 0 { return upper <= 6 }
        return lowerThenUpper
    }

    /// `EntityExtractor.bare` of a folded word, without building a String for the common word
    /// of ASCII letters, digits and apostrophes only.
    private static func bare(_ word: String) -> String {
        word.utf8.allSatisfy(EntityExtractor.isLetterDigitOrApostrophe(ascii:)) ? word : EntityExtractor.bare(word)
    }

    private static func startsWithDigit(_ word: String) -> Bool {
        trimmed(word).unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
    }

    private static func trimmed(_ word: String) -> String {
        var scalars = Substring(word).unicodeScalars
        while let first = scalars.first, !(first.properties.isAlphabetic || ("0"..."9").contains(first)) { scalars.removeFirst() }
        while let last = scalars.last, !(last.properties.isAlphabetic || ("0"..."9").contains(last)) { scalars.removeLast() }
        var text = String(scalars)
        if text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
        return text
    }

    /// The two-word openings above by their first word.
    private static let pairs: [String: Set<String>] = (introductionPairs + socialProofPairs).reduce(into: [:]) { pairs, pair in
        pairs[pair[0], default: []].insert(pair[1])
    }

    /// Words that speak to the reader or of the two of them, in the seven languages.
    private static let addressWords: Set<String> = [
        "you", "your", "you're", "you've", "you'd", "yours", "u", "ur", "we", "us", "we're", "we've", "both", "together",
        "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "wir", "uns", "beide", "zusammen",
        "toi", "ton", "ta", "tes", "vous", "votre", "vos", "nous", "ensemble", "tu", "usted", "tus", "nosotros", "juntos", "juntas",
        "voce", "vc", "teu", "tua", "seu", "sua", "nos", "jij", "jouw", "uw", "wij", "samen", "tuo", "tuoi", "tue", "noi",
        "insieme", "entrambi", "ambos", "remember", "promised",
    ]

    /// Words that open the sender's introduction, whose names are the sender's, not common
    /// ground, up to the end of its clause.
    /// And what the sender calls theirs: "our client in London", "our team at Deloitte".
    private static let introductions: Set<String> = [
        "i'm", "im", "soy", "sou", "sono",
        "our", "notre", "nuestro", "nuestra", "unser", "unsere", "onze", "ons", "nostro", "nostra", "nosso", "nossa",
    ]
    /// Names a pitch lists to impress, up to the end of their clause: "teams like Booking and
    /// Adyen use it", "backed by Sequoia".
    private static let socialProof: Set<String> = ["like", "including", "incl"]
    private static let socialProofPairs: [[String]] = [["such", "as"], ["backed", "by"], ["trusted", "by"], ["used", "by"]]
    private static let introductionPairs: [[String]] = (
        [["i", "am"], ["this", "is"], ["my", "name"], ["ich", "bin"], ["je", "suis"], ["ik", "ben"], ["eu", "sou"], ["yo", "soy"],
         ["we're", "a"], ["we're", "an"], ["we're", "the"], ["we", "are"], ["as", "a"], ["as", "an"], ["en", "tant"], ["nous", "organisons"],
         ["we", "organise"], ["we", "organize"], ["we", "run"], ["we", "help"], ["we've", "launched"], ["we", "launched"]]
        // What the sender does: "I lead partnerships at Snowflake", "we're organising Cloud Expo".
        + ["lead", "run", "host", "write", "organise", "organize", "head", "manage", "founded", "invest", "curate", "represent",
           "work", "partner"].map { ["i", $0] }
        + ["building", "organising", "organizing", "launching", "forming", "hosting", "running", "opening", "partnering", "working",
           "recruiting", "hiring", "expanding"].map { ["we're", $0] }
    )

    /// Capitalised words that name nothing: pronouns, LinkedIn's own words, courtesy.
    private static let notNames: Set<String> = [
        "i", "i'd", "i'll", "linkedin", "people", "you", "know", "may", "ps", "ok", "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer",
        "ihnen", "du", "dein", "deine", "vous", "usted", "voce", "u", "uw", "lei", "let's", "thanks", "thank", "cheers",
        // Days and holidays
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "new", "year", "christmas", "xmas",
        "easter", "eid", "diwali", "thanksgiving", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miercoles",
        "jueves", "viernes", "sabado", "domingo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
    ]

    /// The words of a trade, which a note to anyone in it names: "both in the SaaS space".
    fileprivate static let tradeWords: Set<String> = [
        "ai", "ml", "it", "hr", "saas", "b2b", "b2c", "ceo", "cto", "cfo", "coo", "cio", "vp", "ux", "ui", "qa", "sre", "devops",
        "fintech", "healthtech", "edtech", "proptech", "mlops", "llm", "llms", "genai", "esg", "seo", "crm", "erp", "api", "apis",
        "cloud", "data", "tech", "product", "engineering", "sales", "marketing", "europe", "eu", "us", "usa", "uk", "nl", "emea",
        "finops", "idp", "cfp", "web3", "aws", "azure", "gcp", "soc", "iso", "gdpr", "nis2", "mttr", "dm", "lp", "devtools",
        "gitops", "kpi", "kpis", "okr", "okrs", "roi", "mvp", "sdk",
        // Where people meet online, which anyone can join
        "meetup", "meetup.com", "slack", "github", "gitlab", "discord", "zoom", "youtube", "substack", "medium", "reddit",
        "whatsapp", "telegram",
    ]

    /// What makes a note stock however much it names: an invitation to an event to come or to
    /// join something, the reader's profile read back ("I noticed you went to", "your journey
    /// from Brightline to Helio"), outreach to a list ("we're contacting KubeCon speakers"), a
    /// webinar, a placeholder left unfilled, a pitch's opening ("teams like yours", "have you
    /// looked at"), the two not having met yet.
    private static let stockTells = NotePatternFamily([
        #"\bjoin us\b|\binvite you\b|\bwould you like to (?:join|attend|speak)\b|\binterested in (?:speaking|joining|attending)\b|\bfree pass\b|\byou(?:'ve| have) been (?:selected|nominated|shortlisted)\b|\b(?:noticed|saw|see) (?:that )?you(?:'re| are| went| studied| work| worked| were| have| attended| spoke| presented| joined)\b"#,
        #"(?<!great to |nice to |good to |lovely to |glad to )\bsee you (?:at|in|there)\b|\b(?:will you be|are you going to|are you attending)\b|\b(?:is|are) coming up\b|\bhope (?:\S+ ){0,3}(?:meet|see you)\b|\b(?:would love|love|looking forward|keen) to meet\b|\bhaven'?t (?:yet )?met\b|\b(?:never|not yet) met\b|\bdon'?t know each other\b"#,
        // Outreach to a list and invitations to join: "we're contacting KubeCon speakers",
        // "join our Slack", "would you like an invite?", "your experience at X is impressive".
        #"\b(?:we're|we are|i'm|i am) (?:contacting|reaching out to|inviting|connecting with) (?:\S+ ){0,4}(?:speakers|attendees|leaders|founders|ctos|engineers|professionals|alumni|members|experts)\b|\bcan i send (?:you )?(?:the |some |more )?(?:details|info|information)\b"#,
        #"\bjoin (?:our|my) (?:\S+ ){0,2}(?:slack|community|discord|group|network|newsletter|mailing list|waitlist|beta|circle|club|roundtable|dinner)\b|\b(?:would you like|want|fancy|care for) an? invit|\b(?:may|can) i send you an? invit|\bexclusive (?:\S+ ){0,2}(?:dinner|roundtable|event|breakfast|lunch|briefing|community)\b"#,
        #"\byour (?:\S+ ){0,2}(?:experience|background|profile|journey|career|expertise) (?:at|in|with|as|is|caught|stood|from)\b|\b(?:noticed|saw|see) (?:that )?(?:we|we're) (?:both )?(?:attended|are|were|went|in)\b|\b(?:noticed|saw|see) (?:that )?your profile\b|\balumni (?:group|network|community)\b|\b(?:came across|stumbled (?:upon|across)) your\b|\bcaught my (?:eye|attention)\b|\bresonated with me\b"#,
        // Pitches the sales patterns miss, and how they open: "teams like yours", "have you
        // looked at", "many companies are moving", "following up on my InMail".
        #"\b(?:teams|companies|leaders|engineers|people|folks|organi[sz]ations) like (?:yours|you)\b|\bhave you (?:looked at|considered|tried|heard (?:of|about)|explored|thought about)\b|\b(?:many|most) (?:companies|teams|leaders|organi[sz]ations|engineers)\b|\bfollowing up on my (?:inmail|email|message|note)\b|\byou know how (?:hard|difficult|painful|tough)\b|\breaching out because you\b"#,
        #"\bselected for (?:inclusion|an award|a feature)\b|\bwho's who\b|\bplease accept my request\b|\bleave a (?:rating|review)\b|\b(?:would you like|love) to be featured\b|\bbuilding something (?:in|around)\b|\bin (?:that|the same) space\b"#,
        // The same in the other languages: "vi tu perfil", "votre parcours est impressionnant".
        #"\b(?:vi|he visto) tu perfil\b|\bj'ai vu (?:votre|ton) profil\b|\bho visto il tuo profilo\b|\bvi (?:seu|teu) perfil\b|\bik zag (?:je|jouw|uw) profiel\b|\b(?:dein|ihr) profil gesehen\b|\b(?:votre|ton) parcours\b|\btu trayectoria\b|\b(?:dein|ihr) werdegang\b|\bil tuo percorso\b|\b(?:sua|tua) trajetoria\b|\b(?:je|jouw|uw) loopbaan\b"#,
        // Events to come, webinars, template placeholders left unfilled ("Hi {{firstName}}").
        #"\b(?:i'll|i will) be (?:at|attending) |\bwebinar\b|\bfree registration\b|\blink in my (?:profile|bio)\b|\{\{"#,
        #"\bnodigen (?:wij|we) (?:je|u) uit\b|\bwir laden (?:dich|sie) ein\b|\bwe(?:'re| are)? (?:bouwen|building|starting|growing) (?:een |a )?(?:community|netwerk|network) (?:van|of|for)\b"#,
        #"\bnog niet (?:ontmoet|gesproken)\b|\bno nos conocemos\b|\bpas encore (?:rencontr|croise)|\bnoch nicht (?:kennengelernt|getroffen)\b|\bnao nos conhecemos\b|\bnon ci conosciamo\b"#,
    ])
}
