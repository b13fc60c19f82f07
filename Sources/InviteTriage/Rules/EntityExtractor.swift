/// Finds the name a claim gives — "Helio Systems" in "we worked together at Helio Systems on
/// billing" — from the note's words as written: a run of capitalised words, with the small
/// words names hold ("University of Edinburgh", "Chamber of Commerce").
enum EntityExtractor {
    private static let articles: Set<String> = [
        "the", "a", "an", "de", "het", "der", "die", "das", "den", "dem", "le", "la", "les", "l'", "el", "los", "las",
        "il", "lo", "o", "os", "as", "uno", "una", "een", "our", "your",
    ]
    private static let connectors: Set<String> = [
        "of", "de", "van", "der", "den", "von", "du", "la", "le", "des", "di", "da", "do", "dos", "das", "y", "e", "&",
        "and", "fur", "for", "the", "in", "am", "an", "at",
    ]
    /// A group's name holds "in" in any language ("Mujeres en DevOps Madrid"); a company's
    /// ends there, as "in" would end it if the verifier did not take the place off.
    private static let groupConnectors = connectors.union(["en", "em", "im", "del"])
    /// The small words inside people's names: "Maarten de Graaf", "Ursula von der Leyen".
    private static let nameParticles: Set<String> = ["de", "van", "der", "den", "von", "ter", "ten", "da", "du", "del", "dos", "le", "la"]
    /// "Procter and Gamble", but not "Northwind e Arjun Mehta": a word for "and" joins one-word
    /// names ("&" any: "Kubernetes & Cloud Native NL").
    private static let conjunctions: Set<String> = ["and", "y", "e", "und", "et"]
    /// Words between a person and where they work: "Kenji from Blue Harbor", "Anna bij Adyen",
    /// "Marco di Helio", "un mio collega in Helio" (not "van" or "de", inside names and in "a
    /// friend of": "un ami de Sofia Brandt m'a dit").
    private static let personToOrganisation: Set<String> = ["from", "at", "bij", "bei", "chez", "di", "in", "presso", "aus"]
    /// Words after `personToOrganisation` that make the rest a description, not a name: "Nina
    /// Brandt from your talent team said", "Nina Brandt aus eurem Talent-Team meinte".
    private static let describingWords: Set<String> = [
        "your", "the", "our", "their", "his", "her", "eurem", "eurer", "ihrem", "ihrer", "deinem", "deiner", "unserem", "unserer",
        "dem", "der", "jullie", "je", "jouw", "uw", "ons", "onze", "het", "votre", "ton", "ta", "notre", "vostro", "vostra", "tuo",
        "tua", "il", "la", "le", "tu", "su", "seu", "sua", "nuestro", "nuestra",
    ]
    /// Capitalised words that are never the name a claim gives.
    private static let notNames: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "im", "linkedin", "hi", "hello", "hey", "dear", "thanks", "thank", "it", "we", "you", "my", "our", "your",
        "he", "she", "they", "this", "that", "also", "and", "but", "so", "as", "a", "an", "the", "in", "on", "at",
        "ich", "wir", "je", "nous", "yo", "eu", "ik", "io", "hallo", "bonjour", "hola", "ciao", "hoi", "ola",
        "ze", "zij", "hij", "wij", "sie", "er", "elle", "il", "ella", "ele", "ela", "lei", "lui", "die", "dat", "das",
        "iedereen", "niemand", "onderzoek", "jeder", "jemand", "unser", "unsere", "mein", "meine",
        "fellow", "former", "old", "ex", "dear", "proud", "another",
        // Portuguese "O Rui Bettencourt, que a conhece": the article before a name.
        "o",
        // German nouns before a name: "meine Kollegin Aylin", "Herr Müller".
        "kollege", "kollegin", "chef", "chefin", "freund", "freundin", "nachbar", "nachbarin", "herr", "frau",
    ]
    /// Lower-case words that cannot start a name written in lower case.
    private static let plainWords: Set<String> = [
        "a", "an", "the", "new", "big", "small", "same", "this", "that", "my", "your", "our", "their", "startup",
        "company", "firm", "bank", "agency", "place", "time", "project", "team", "event", "conference", "meetup",
        "last", "yesterday", "today", "night", "week", "year", "years", "months", "home", "work", "school", "uni",
        "university", "college", "some", "one", "two", "several", "least", "each", "both", "all", "it", "way",
        "yours", "mine", "ours", "ons", "hem", "haar", "mij", "jullie",
        "je", "jou", "jouw", "u", "uw", "you", "dich", "dir", "dein", "deine", "ihnen", "te", "ti", "toi", "vous", "tu", "voce",
    ]
    private static let stopWords: Set<String> = [
        "on", "in", "for", "and", "as", "when", "back", "during", "where", "with", "from", "to", "last", "yesterday",
        "today", "before", "after", "while", "which", "who", "about", "around", "until", "since", "so", "but", "i",
        "we", "you", "it", "is", "was", "were", "are", "be", "been", "a", "an", "the",
    ]

    /// Words that lead into a name in lower case: "the meetup Kubernetes de Paris".
    private static let leadIns: Set<String> = [
        "meetup", "conference", "event", "webinar", "summit", "konferenz", "tagung", "conference", "congres",
        "conferencia", "congreso", "conferencia", "evento", "conferenza", "congresso", "bijeenkomst", "evenement",
    ]

    /// Months and seasons in the seven languages: "we overlapped in March" names a time, not
    /// an employer. Not "mars" (also a company), "spring", "fall", or "jan", "jun", "mar" (names).
    private static let timeWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "feb", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "summer", "winter", "autumn",
        "januar", "februar", "marz", "mai", "juni", "juli", "oktober", "dezember", "sommer", "fruhling", "herbst",
        "janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "ete", "hiver",
        "printemps", "automne", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre", "verano", "invierno", "primavera", "otono", "janeiro", "fevereiro", "marco", "maio",
        "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "verao", "inverno", "outono", "januari", "februari",
        "maart", "mei", "augustus", "zomer", "lente", "herfst", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
        "settembre", "ottobre", "dicembre", "estate", "autunno",
    ]

    /// Words that make a company's name part of another's: "Northwind's biggest competitor",
    /// "the Northwind recruiting agency".
    private static let otherOrganisations: Set<String> = [
        "competitor", "competitors", "rival", "rivals", "agency", "agencies", "reseller", "resellers", "recruiting",
        "recruitment", "recruiter", "recruiters", "headhunter", "headhunters", "konkurrent", "konkurrenz", "concurrent",
        "concurrence", "competidor", "competencia", "concorrente", "concorrencia",
    ]

    /// Words after a company's name that make the sender a partner or a visitor, not someone
    /// who works there — but only for words that claim nothing on their own ("I'm at the
    /// Northwind office tomorrow", "this is Sarah from Northwind IT support"): "we worked
    /// together at Northwind customer success" stays a colleague claim.
    private static let partnersAndVisits: Set<String> = [
        "partner", "partners", "client", "clients", "customer", "customers", "supplier", "suppliers", "vendor", "vendors",
        "provider", "consultancy", "consultants", "kunde", "kunden", "dienstleister", "klant", "klanten", "cliente",
        "clientes", "fornitore", "office", "offices", "headquarters", "hq", "campus", "booth", "stand", "careers", "career",
        "jobs", "blog", "page", "website", "site", "support", "helpdesk", "hr", "event", "events", "conference", "summit",
        "meetup", "newsletter", "podcast", "webinar", "store", "shop", "app", "tomorrow", "today", "tonight", "next", "this",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "morgen", "heute",
        "demain", "manana", "amanha", "domani", "security", "finance", "payroll", "accounts", "accounting", "compliance",
        "legal", "administration", "admin", "hackathon", "party", "dinner", "drinks", "launch", "fair", "expo", "ops",
        "operations", "audit", "visit", "implementation", "integration",
    ]

    /// The same for a school: a visit ("the TU Delft campus", "the University of Edinburgh
    /// careers fair"), not a time ("I graduated from Delft this summer").
    private static let schoolVisits: Set<String> = [
        "campus", "careers", "career", "fair", "booth", "stand", "event", "events", "conference", "summit", "meetup",
        "hackathon", "lecture", "lectures", "party", "office", "open", "visit", "tour", "week", "weekend", "yesterday",
        "today", "tomorrow", "tonight", "festival", "fest",
    ]

    /// Small words a visit may hold before the word that tells it ("at Helio Systems last
    /// week for the partner summit", "at Northwind on Thursday"); any other small word or a
    /// dash starts something else ("at Northwind too and this is my first week", "from Helio
    /// — the people there").
    private static let visitSmallWords: Set<String> = ["on", "for", "to", "last", "yesterday", "today", "a", "an", "the", "it"]

    /// Whether the words right after a name (up to three, before any small word: "at Helio on
    /// the client platform" is Helio) make it part of another organisation's, or, with
    /// `onlyIfBacked`, a partner's or a place the sender visits (up to six words on, through
    /// `visitSmallWords` only: "at Northwind on Thursday", "at Helio Systems last week for the
    /// partner summit"). `school`: the name is a school's, visited (`schoolVisits`).
    static func namesAnotherOrganisation(_ note: NoteText, after end: Int, onlyIfBacked: Bool = false, school: Bool = false) -> Bool {
        guard end > 0, end < note.folded.count, !endsClause(note.words[end - 1]) else { return false }
        let visits = school ? schoolVisits : partnersAndVisits
        for index in end..<min(note.folded.count, end + (onlyIfBacked ? 6 : 3)) {
            let word = bare(note.folded[index])
            if !school && otherOrganisations.contains(word) || onlyIfBacked && visits.contains(word) { return true }
            // "IT support" is no "it"; "on Thursday" is a visit.
            let capitals = note.words[index].count > 1 && note.words[index] == note.words[index].uppercased()
            // "Northwind IT, please verify your account": a department, only in capitals.
            if onlyIfBacked, !school, capitals, word == "it" { return true }
            if endsClause(note.folded[index]) || word.isEmpty { return false }
            if stopWords.contains(word) && !capitals && !(onlyIfBacked && visitSmallWords.contains(word)) { return false }
        }
        return false
    }

    /// Whether `name` is a time and nothing else: a year, a span of years, a decade ("the
    /// 90s"), a quarter, a month ("March 2019"). Never an organisation's name; "Mayo Clinic",
    /// "360 Capital" and "1&1" are (and a person may be called April or Jan).
    static func namesATime(_ name: String) -> Bool {
        let words = TextFolding.fold(name).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { isTime(String($0)) }
    }

    /// One word of a time (folded, as written otherwise).
    static func isTime(_ word: String) -> Bool {
        var word = word
        while let last = word.last, ",.;:!?)".contains(last) { word.removeLast() }
        if timeWords.contains(word) { return true }
        if word.count == 2, word.first == "q", let quarter = word.last, ("1"..."4").contains(quarter) { return true }
        // 2019, '19, 90s, 2019-2021, 2019/20
        if word.hasPrefix("'") || word.hasPrefix("’") { word.removeFirst() }
        if word.hasSuffix("s") { word.removeLast() }
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "–" })
        return !parts.isEmpty && parts.count <= 2 && parts.allSatisfy { $0.count >= 2 && $0.count <= 4 && $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    static func after(_ note: NoteText, from index: Int, strict: Bool, group: Bool = false) -> (name: String, end: Int)? {
        var position = index
        while position < note.words.count, articles.contains(note.folded[position]) { position += 1 }
        guard position < note.words.count else { return nil }
        if leadIns.contains(bare(note.folded[position])), position + 1 < note.words.count, isCapitalised(note.words[position + 1]),
           !endsClause(note.words[position]), let rest = after(note, from: position + 1, strict: true, group: group) {
            return (note.words[position] + " " + rest.name, rest.end)
        }
        // "à l'Université d'Amsterdam", "de l'EPFL": the elided article is not the name's.
        let elided = isElided(note.words[position])
        if elided || isCapitalised(note.words[position]), !notNames.contains(bare(note.folded[position])) {
            var end = position
            var lastName = position
            while end < note.words.count, end - position < 6 {
                let word = note.words[end]
                // "Brightline (2014-ish)": an aside is no part of the name.
                if end > position, word.hasPrefix("(") { break }
                let isName = (isCapitalised(word) || isElided(word)) && !notNames.contains(bare(note.folded[end]))
                // "Just Eat in 2020": a time after the connector is not the name's.
                var isConnector = (group ? groupConnectors : connectors).contains(note.folded[end]) && end + 1 < note.words.count && isCapitalised(note.words[end + 1])
                    && !isTime(note.folded[end + 1])
                if isConnector, conjunctions.contains(note.folded[end]) {
                    let oneWordAfter = end + 2 >= note.words.count || !isCapitalised(note.words[end + 2]) || endsClause(note.words[end + 1])
                    isConnector = end - position == 1 && !endsClause(note.words[position]) && oneWordAfter
                }
                guard isName || isConnector else { break }
                if isName { lastName = end }
                if endsClause(word) { break }
                end += 1
            }
            let name = join(note.words[position...lastName])
            return (elided ? String(name.dropFirst(2)) : name, lastName + 1)
        }
        guard !strict else { return nil }
        // Written in lower case: one or two ordinary words, never a common word.
        let first = bare(note.folded[position])
        guard !plainWords.contains(first), !stopWords.contains(first), first.count >= 2 else { return nil }
        var end = position
        while end < note.words.count, end - position < 2, !stopWords.contains(bare(note.folded[end])) {
            end += 1
            if endsClause(note.words[end - 1]) { break }
        }
        return (join(note.words[position..<end]), end)
    }

    /// `aside`: the name ends with the comma of an aside ("Lukas Wagner, a mutual contact,").
    /// `person`: the name is a person's, who may be named with where they work.
    static func before(_ note: NoteText, upTo index: Int, aside: Bool = false, person: Bool = false) -> (name: String, start: Int)? {
        if person, let end = describedPersonEnd(note, before: index) { return before(note, upTo: end, person: true) }
        var start = index
        var words = 0
        // "Sofia Brandt suggested", "Sofia Brandt hat mir empfohlen": the name ends just before.
        while start > 0, words < 3 {
            let candidate = start - 1
            let word = note.words[candidate]
            // "Maarten de Graaf raadde me aan", "Femke D. de Vries": a particle or an initial
            // between capitalised words.
            if person, start < index, candidate > 0, isCapitalised(note.words[candidate - 1]),
               nameParticles.contains(note.folded[candidate]) || isInitial(word) {
                start = candidate
                continue
            }
            let endsAside = aside && candidate == index - 1 && word.hasSuffix(",")
            guard isCapitalised(word), !notNames.contains(bare(note.folded[candidate])), !endsClause(word) || endsAside else { break }
            start = candidate
            words += 1
        }
        guard start < index else { return nil }
        // "Kenji Watanabe from Blue Harbor Data said": the person, not where they work; "un mio
        // collega in Helio Systems mi ha parlato": nobody named.
        if person, start >= 1, personToOrganisation.contains(note.folded[start - 1]) {
            return start >= 2 ? before(note, upTo: start - 1, person: true) : nil
        }
        return (join(note.words[start..<index]), start)
    }

    /// Where the name of a person described before `index` ends: before "from your talent team"
    /// in "Nina Brandt from your talent team said", before "(Index)" in "David Cohen (Index)
    /// mentioned". Up to five words back, within the clause.
    private static func describedPersonEnd(_ note: NoteText, before index: Int) -> Int? {
        guard index >= 2 else { return nil }
        // An aside in parentheses: "David Cohen (Index) mentioned".
        if note.words[index - 1].hasSuffix(")") {
            var open = index - 1
            while open > max(0, index - 5), !note.words[open].hasPrefix("(") { open -= 1 }
            return note.words[open].hasPrefix("(") && open >= 1 && isCapitalised(note.words[open - 1]) ? open : nil
        }
        var position = index - 1
        while position >= max(1, index - 5) {
            if endsClause(note.words[position]) { return nil }
            if personToOrganisation.contains(note.folded[position]), position + 1 < index,
               describingWords.contains(note.folded[position + 1]), isCapitalised(note.words[position - 1]) {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// Runs of two or three capitalised words that may be a person's whole name ("Bastian
    /// Ehlers", "Maarten de Graaf"), with the index of their first word. Only a connection's
    /// name makes one count, so a company's name here is harmless.
    static func personNames(in note: NoteText) -> [(text: String, start: Int)] {
        var names: [(text: String, start: Int)] = []
        var start = 0
        while start < note.words.count {
            // Every note is asked: most words are lower case, and most capitals start a sentence.
            guard startsCapitalised(note.words[start]), start + 1 < note.words.count,
                  startsCapitalised(note.words[start + 1]) || nameParticles.contains(note.folded[start + 1]) else {
                start += 1
                continue
            }
            var end = start
            var capitalised = 0
            while end < note.words.count, end - start < 4 {
                let word = note.words[end]
                let folded = bare(note.folded[end])
                let isName = isCapitalised(word) && !notNames.contains(folded) && folded.count > 1
                    && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "-'’.,;:!?()".unicodeScalars.contains($0) }
                let isParticle = capitalised > 0 && nameParticles.contains(note.folded[end]) && end + 1 < note.words.count
                    && isCapitalised(note.words[end + 1])
                guard isName || isParticle else { break }
                if isName { capitalised += 1 }
                end += 1
                if endsClause(word) { break }
            }
            if (2...3).contains(capitalised) {
                names.append((join(note.words[start..<end]), start))
                start = end
            } else {
                start = max(start + 1, end)
            }
        }
        return names
    }

    /// `isCapitalised`, answered from the first byte where it can be.
    private static func startsCapitalised(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if (0x41...0x5A).contains(first) { return true }
        if (0x61...0x7A).contains(first) || (0x30...0x39).contains(first) { return false }
        return isCapitalised(word)
    }

    /// Words for people that are no one's name: "my colleague said", "everyone mentioned".
    private static let peopleWords: Set<String> = [
        "colleague", "colleagues", "teammate", "teammates", "manager", "managers", "boss", "friend", "friends", "folks", "guys",
        "someone", "somebody", "everyone",
        "everybody", "people", "recruiter", "them", "collega", "amigo", "amiga", "ami", "amie",
    ]

    /// One or two lower-case words just before `index` that may be a person's name typed on a
    /// phone ("aylin gave me your name", "kenji watanabe passed on your name"): letters only,
    /// no word a name never is. Only a claim where your connections bear the name.
    static func personInLowerCase(_ note: NoteText, before index: Int) -> (name: String, start: Int)? {
        var start = index
        while start > 0, index - start < 2 {
            let word = note.words[start - 1]
            let folded = note.folded[start - 1]
            guard !isCapitalised(word), !endsClause(word), word.count >= 2, word.allSatisfy(\.isLetter), !notNames.contains(folded),
                  !plainWords.contains(folded), !stopWords.contains(folded), !peopleWords.contains(folded) else { break }
            start -= 1
        }
        guard start < index else { return nil }
        return (note.words[start..<index].joined(separator: " "), start)
    }

    /// A name inside the matched words: "ex-Helio colleague" → Helio; "fellow Dutch Postgres
    /// Users Group member" → Dutch Postgres Users Group.
    static func inside(_ note: NoteText, span: ClosedRange<Int>) -> String? {
        for index in span {
            let word = note.words[index]
            if let dash = word.firstIndex(of: "-"), ["ex", "former", "oud"].contains(TextFolding.fold(String(word[..<dash]))) {
                let rest = String(word[word.index(after: dash)...])
                if isCapitalised(rest) { return join([rest][...]) }
            }
        }
        guard span.count > 2 else { return nil }
        let inner = (span.lowerBound + 1)..<span.upperBound
        guard let start = inner.first(where: { isCapitalised(note.words[$0]) && !notNames.contains(bare(note.folded[$0])) }) else { return nil }
        var end = start
        while end + 1 < inner.upperBound, isCapitalised(note.words[end + 1]) || connectors.contains(note.folded[end + 1]), !endsClause(note.words[end]) { end += 1 }
        while end > start, !isCapitalised(note.words[end]) { end -= 1 }
        return join(note.words[start...end])
    }

    static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return false }
        return first.properties.isUppercase || ("0"..."9").contains(first) || (!first.properties.isLowercase && first.properties.isAlphabetic && !first.isASCII)
    }

    /// "D.": the initial in "Femke D. de Vries".
    private static func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.hasSuffix(".") && word.first!.isUppercase
    }

    /// A capitalised name behind an elided French or Italian article: "l'EPFL", "d'Amsterdam".
    private static func isElided(_ word: String) -> Bool {
        guard let apostrophe = word.unicodeScalars.dropFirst().first, apostrophe == "'" || apostrophe == "’",
              let letter = word.unicodeScalars.first, "lLdD".unicodeScalars.contains(letter) else { return false }
        return isCapitalised(String(word.unicodeScalars.dropFirst(2)))
    }

    static func endsClause(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return ",.;:!?)".contains(last)
    }

    static func bare(_ word: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where isLetterDigitOrApostrophe(scalar) { kept.append(scalar) }
        return String(kept)
    }

    /// What `bare` keeps and a note's core is made of. ASCII is decided without the Unicode
    /// property tables (the common case, and the same answer).
    static func isLetterDigitOrApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return isLetterDigitOrApostrophe(ascii: UInt8(scalar.value))
    }

    /// The same for an ASCII byte.
    static func isLetterDigitOrApostrophe(ascii byte: UInt8) -> Bool {
        switch byte {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x27: return true
        default: return false
        }
    }

    private static func join(_ words: ArraySlice<String>) -> String {
        var text = words.joined(separator: " ")
        while let first = text.unicodeScalars.first, !(first.properties.isAlphabetic || ("0"..."9").contains(first)) {
            text.unicodeScalars.removeFirst()
        }
        while let last = text.unicodeScalars.last, !(last.properties.isAlphabetic || ("0"..."9").contains(last)) {
            text.unicodeScalars.removeLast()
        }
        if text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
        return text
    }
}
