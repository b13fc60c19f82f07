import Foundation

/// A claim as the note (or the relationship field) makes it, before the records are asked.
struct ExtractedClaim: Equatable, Sendable {
    var kind: ClaimKind
    var text: String
    var specifics: [String: String]
    /// A claim only where the records back it (`ClaimPattern.onlyIfBacked`).
    var onlyIfBacked = false
    /// A business claim that names no company: the names in its sentence that say where the
    /// reader was ("… when you were at Helio", "quando eri in Philips, il tuo team …").
    var namesWhereYouWere: [String] = []
    /// A person named in passing ("I run the talks with Bastian Ehlers"): a shared connection
    /// only where one of yours bears the whole name (`onlyIfBacked`).
    var mention = false
}

/// Finds the relationship claims of a note: every pattern of `ClaimPatterns`, minus negated
/// ones ("we haven't met"), one claim per kind and named thing.
enum ClaimExtractor {
    private static let negators: Set<String> = [
        "not", "never", "haven't", "havent", "hasn't", "didn't", "didnt", "don't", "dont", "weren't", "wasn't", "no",
        "nicht", "nie", "noch", "kein", "keine", "pas", "jamais", "nunca", "nao", "niet", "nooit", "geen", "mai", "non",
        "yet", "hope", "hoping", "would", "love", "like", "looking", "forward", "someday", "could", "might", "should", "missed",
    ]

    /// `ownerNames`: the reader's own names, folded ("elena", "elena marsh"): "my friend Elena"
    /// is a friend claim, not a mutual connection called Elena.
    static func extract(_ note: NoteText, ownerNames: Set<String> = []) -> [ExtractedClaim] {
        guard !note.isEmpty else { return [] }
        var found: [(claim: ExtractedClaim, span: ClosedRange<Int>)] = []
        let mayMatch = ClaimPatterns.prefilter.mayMatch(note.text)
        for (index, pattern) in ClaimPatterns.ordered.enumerated() where mayMatch[index] {
            for match in pattern.regex.matches(in: note.text, range: note.fullRange) {
                let firstWord = note.wordIndex(at: match.range.location)
                let endOffset = match.range.location + match.range.length
                let lastWord = note.wordIndex(at: max(match.range.location, endOffset - 1))
                if isNegated(note, from: firstWord, through: lastWord) { continue }
                var specifics: [String: String] = [:]
                var span = firstWord...lastWord
                var kind = pattern.kind
                var onlyIfBacked = pattern.onlyIfBacked
                if let slot = pattern.entity {
                    switch slot.side {
                    case .after:
                        // A partner or client of a company is business with it, not work at it; a
                        // visit to a school ("the TU Delft campus") is no study there.
                        let visitMatters = slot.role == .company && kind != .business || slot.role == .school && pattern.onlyIfBacked
                        // Only where the pattern ends with the space before a name.
                        if endOffset > 0, note.nsText.character(at: endOffset - 1) == 0x20,
                           let entity = Self.entity(after: lastWord + 1, in: note, slot: slot),
                           !visitMatters || !EntityExtractor.namesAnotherOrganisation(note, after: entity.end, onlyIfBacked: pattern.onlyIfBacked,
                                                                                      school: slot.role == .school) {
                            specifics[slot.role.rawValue] = entity.name
                            span = firstWord...max(lastWord, entity.end - 1)
                        }
                    case .before, .beforeAside:
                        if let entity = EntityExtractor.before(note, upTo: firstWord, aside: slot.side == .beforeAside, person: slot.role == .person) {
                            specifics[slot.role.rawValue] = entity.name
                            span = entity.start...lastWord
                        } else if slot.role == .person, slot.side == .before, let entity = EntityExtractor.personInLowerCase(note, before: firstWord) {
                            // "aylin gave me your name": a name typed in lower case counts
                            // where it is one of your connections', and is never false.
                            specifics[slot.role.rawValue] = entity.name
                            span = entity.start...lastWord
                            onlyIfBacked = true
                        }
                    case .inside:
                        // "As an ex-Helio Systems customer": a customer's, not an employee's.
                        if let name = EntityExtractor.inside(note, span: firstWord...lastWord),
                           !(pattern.onlyIfBacked && EntityExtractor.namesAnotherOrganisation(note, after: lastWord + 1, onlyIfBacked: true)) {
                            specifics[slot.role.rawValue] = name
                        }
                    }
                    if slot.required, specifics.isEmpty { continue }
                }
                if kind == .sharedConnection, let person = specifics["person"] {
                    // A name in capitals only is an organisation ("a friend of the CNCF").
                    if person == person.uppercased() { continue }
                    if let first = TextFolding.fold(person).split(separator: " ").first, ownerNames.contains(String(first)) || ownerNames.contains(TextFolding.fold(person)) {
                        // "Hi Elena, our mutual friend, Tom…": the greeting's name, before an aside.
                        guard pattern.entity?.side != .beforeAside, note.folded[span].contains(where: { $0.hasPrefix("friend") }) else { continue }
                        // "Connecting with my friend Elena": a friend claim, whatever the pattern.
                        kind = .friend
                        specifics = [:]
                        onlyIfBacked = false
                    }
                }
                if kind == .colleague, specifics["company"] != nil, joinsAGroup(note, after: span.upperBound) { continue }
                if kind == .met, specifics["event"] == nil, let event = occasion(note, from: firstWord, through: lastWord) {
                    specifics["event"] = event
                }
                if kind == .classmate, let year = classYear(note.text) { specifics["period"] = year }
                if kind == .colleague || kind == .classmate, specifics["period"] == nil, specifics["company"] ?? specifics["school"] != nil,
                   let years = period(note, after: span.upperBound + 1) {
                    specifics["period"] = years
                }
                var claim = ExtractedClaim(kind: kind, text: note.words[span].joined(separator: " "), specifics: specifics,
                                           onlyIfBacked: onlyIfBacked)
                if kind == .business, specifics["company"] == nil { claim.namesWhereYouWere = namesWhereYouWere(in: note, around: span) }
                found.append((claim, span))
            }
        }
        // "my former colleague Jan Smit speaks highly of you" speaks of Jan, not of the reader.
        let mutualSpans = found.filter { $0.claim.kind == .sharedConnection }.map(\.span)
        var claims: [ExtractedClaim] = []
        for (claim, span) in found {
            if [.friend, .colleague, .classmate].contains(claim.kind), mutualSpans.contains(where: { $0.overlaps(span) }) { continue }
            if [.colleague, .classmate].contains(claim.kind), weIsSomeoneElse(note, around: span) { continue }
            merge(claim, into: &claims)
        }
        // Anyone else the note names may be a connection of yours: common ground the essay
        // asks for ("especially any shared connections"), whatever the words around them.
        for name in EntityExtractor.personNames(in: note) where !found.contains(where: { $0.span.contains(name.start) }) {
            guard !ownerNames.contains(TextFolding.fold(name.text)) else { continue }
            merge(ExtractedClaim(kind: .sharedConnection, text: name.text, specifics: ["person": name.text], onlyIfBacked: true, mention: true),
                  into: &claims)
        }
        return claims
    }

    /// Prepositions that may follow a time and lead to the name: "we worked together in 2019 at
    /// Oracle" (not "for": "in 2019 for a client in Munich").
    private static let namePrepositions: Set<String> = ["at", "in", "en", "em", "na", "no", "bei", "chez", "bij", "presso", "da"]

    /// The name after the claim's words. A time is no name (but for a person's: April, Jan);
    /// the name may follow it: "in March 2019 at Oracle" (but "Mayo Clinic" is a name).
    private static func entity(after index: Int, in note: NoteText, slot: EntitySlot) -> (name: String, end: Int)? {
        var position = index
        if slot.role != .person {
            while position < note.words.count, EntityExtractor.isTime(note.folded[position]), !EntityExtractor.endsClause(note.words[position]) {
                position += 1
            }
            let timeThenName = position > index && position < note.words.count
                && namePrepositions.contains(EntityExtractor.bare(note.folded[position]))
            position = timeThenName ? position + 1 : index
        }
        // After a time, only a capitalised name: "in 2019 in a startup" names none.
        guard let entity = EntityExtractor.after(note, from: position, strict: slot.strict || position > index, group: slot.role == .group) else { return nil }
        return slot.role == .person || !EntityExtractor.namesATime(entity.name) ? entity : nil
    }

    /// The names in the claim's sentence (up to ten words either side) that say where the
    /// reader was: "we did business when you were at Helio", "als Sie noch bei Northwind waren",
    /// "when you were at Helio, your team was our client" (not "our clients include Helio",
    /// "when I was at Helio", nor "I've done business with Helio as their broker": business with
    /// your employer is none with you).
    private static func namesWhereYouWere(in note: NoteText, around span: ClosedRange<Int>) -> [String] {
        var sentenceStart = span.lowerBound
        while sentenceStart > max(0, span.lowerBound - 10), !endsSentence(note.words[sentenceStart - 1]) { sentenceStart -= 1 }
        var sentenceEnd = span.upperBound
        while sentenceEnd < min(note.words.count - 1, span.upperBound + 10), !endsSentence(note.words[sentenceEnd]) { sentenceEnd += 1 }
        var names: [String] = []
        var position = sentenceStart
        while position <= sentenceEnd {
            if !span.contains(position), EntityExtractor.isCapitalised(note.words[position]), saysWhereYouWere(note, before: position),
               let entity = EntityExtractor.after(note, from: position, strict: true) {
                // Not "at the Helio conference": an event or office bearing the name.
                if !EntityExtractor.namesAnotherOrganisation(note, after: entity.end, onlyIfBacked: true) { names.append(entity.name) }
                position = max(position + 1, entity.end)
            } else {
                position += 1
            }
        }
        return names
    }

    private static let placePrepositions: Set<String> = ["at", "with", "for", "bei", "chez", "en", "na", "no", "bij", "in", "da", "presso"]
    private static let youWords: Set<String> = [
        "you", "your", "du", "sie", "tu", "vous", "estabas", "estaba", "trabajabas", "estavas", "estava", "trabalhavas", "voce",
        "je", "jij", "u", "eri", "lavoravi",
    ]

    /// A place preposition just before `index`, and "you" (in a language of the rules) among
    /// the three words before it.
    private static func saysWhereYouWere(_ note: NoteText, before index: Int) -> Bool {
        guard index >= 2, placePrepositions.contains(EntityExtractor.bare(note.folded[index - 1])) else { return false }
        return note.folded[max(0, index - 4)..<(index - 1)].contains { youWords.contains(EntityExtractor.bare($0)) }
    }

    private static func endsSentence(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return ".!?;:".contains(last)
    }

    private static let groupWords: Set<String> = ["group", "community", "meetup", "slack", "program", "programme", "course", "club", "guild"]

    private static func joinsAGroup(_ note: NoteText, after index: Int) -> Bool {
        return note.folded[min(note.folded.count, index + 1)..<min(note.folded.count, index + 4)].contains { groupWords.contains(EntityExtractor.bare($0)) }
    }

    /// A claim of a kind already found adds only what the first one lacked.
    /// Two claims of one kind are one when the specifics of one are part of the other's
    /// ("class of 2013" and "Edinburgh alum, class of 2013"); the fuller one is kept.
    private static func merge(_ claim: ExtractedClaim, into claims: inout [ExtractedClaim]) {
        func contained(_ small: [String: String], in large: [String: String]) -> Bool {
            small.allSatisfy { key, value in large[key].map { TextFolding.fold($0) == TextFolding.fold(value) } ?? false }
        }
        if let index = claims.firstIndex(where: {
            $0.kind == claim.kind && $0.onlyIfBacked == claim.onlyIfBacked
                && (contained($0.specifics, in: claim.specifics) || contained(claim.specifics, in: $0.specifics))
        }) {
            if claim.specifics.count > claims[index].specifics.count { claims[index] = claim }
            return
        }
        if claim.kind == .sharedConnection, let person = claim.specifics["person"],
           claims.contains(where: { $0.specifics["person"].map { TextFolding.fold($0) } == TextFolding.fold(person) }) { return }
        claims.append(claim)
    }

    /// A negation or a wish among the three words before the claim, in the same clause, or a
    /// plain negation inside it: "we haven't met", "I hope we meet at", "elkaar nog niet ontmoet".
    private static let plainNegators: Set<String> = ["not", "never", "nicht", "nie", "pas", "jamais", "nunca", "nao", "niet", "nooit", "mai", "non"]

    private static func isNegated(_ note: NoteText, from first: Int, through last: Int) -> Bool {
        if first < last, note.folded[(first + 1)...last].contains(where: { plainNegators.contains(EntityExtractor.bare($0)) }) { return true }
        var position = first - 1
        while position >= 0, first - position <= 3 {
            let word = note.folded[position]
            if EntityExtractor.endsClause(word) { return false }
            let bare = EntityExtractor.bare(word)
            if negators.contains(bare) || bare.hasSuffix("n't") { return true }
            position -= 1
        }
        return false
    }

    /// "We did our masters together at Eindhoven, my co-founder and I": the sentence says who
    /// "we" are, and it is not you (not "… at Parcelwise and I just noticed").
    private static let andI: Set<String> = ["and i", "and me", "et moi", "y yo", "e eu", "und ich", "en ik", "e io", "ed io"]
    private static let my: Set<String> = ["my", "mon", "ma", "mi", "mio", "mia", "meu", "minha", "mein", "meine", "meinem", "mijn"]

    private static func weIsSomeoneElse(_ note: NoteText, around span: ClosedRange<Int>) -> Bool {
        var start = span.lowerBound
        while start > 0, !endsSentence(note.words[start - 1]) { start -= 1 }
        var end = span.upperBound
        while end < note.words.count - 1, !endsSentence(note.words[end]) { end += 1 }
        guard end > start else { return false }
        return (start..<end).contains { index in
            andI.contains(EntityExtractor.bare(note.folded[index]) + " " + EntityExtractor.bare(note.folded[index + 1]))
                && note.folded[max(start, index - 3)..<index].contains { my.contains(EntityExtractor.bare($0)) }
        }
    }

    /// The event a met claim names in or just after its words: "… at the Chamber of Commerce
    /// event", "wir haben uns auf der Konferenz in Berlin kennengelernt".
    private static let prepositions: Set<String> = [
        "at", "during", "on", "in", "auf", "bei", "beim", "a", "au", "en", "na", "no", "op", "bij", "tijdens", "al", "alla", "durante", "lors", "am", "im", "to",
    ]

    private static func occasion(_ note: NoteText, from first: Int, through last: Int) -> String? {
        var position = first
        while position < note.words.count, position <= last + 3 {
            let word = EntityExtractor.bare(note.folded[position])
            if prepositions.contains(word), let found = EntityExtractor.after(note, from: position + 1, strict: true) {
                return found.name
            }
            if position > last, EntityExtractor.endsClause(note.words[position]) { return nil }
            position += 1
        }
        return nil
    }

    /// Years just after the name a claim gives: "at Modaro in 2015-2016", "at Helio (2014-ish)",
    /// "back in 2015", "from 2012 to 2014": when the sender says you were there together.
    private static func period(_ note: NoteText, after start: Int) -> String? {
        var years: [Int] = []
        var index = start
        while index < min(note.words.count, start + 6) {
            let word = note.folded[index].trimmingCharacters(in: Self.periodPunctuation)
            if let span = yearSpan(word) {
                years += span
            } else if !(years.isEmpty ? periodLeadIns : periodJoins).contains(word) {
                break
            }
            if EntityExtractor.endsClause(note.words[index]) { break }
            index += 1
        }
        guard let first = years.min(), let last = years.max() else { return nil }
        return first == last ? "\(first)" : "\(first)-\(last)"
    }

    private static let periodPunctuation = CharacterSet(charactersIn: "()[],.;:!?")
    private static let periodLeadIns: Set<String> = [
        "in", "from", "back", "during", "around", "circa", "between", "von", "im", "jahr", "en", "em", "nel", "tussen", "van", "de",
        "entre", "tra", "fra", "dal", "het", "the", "year", "years",
    ]
    private static let periodJoins: Set<String> = ["to", "and", "until", "till", "-", "–", "bis", "und", "a", "y", "e", "tot", "et", "au", "al"]

    /// "2015", "2015-2016", "2015–16", "2015/16", "2014-ish": the years, or nil.
    private static func yearSpan(_ word: String) -> [Int]? {
        let word = word.hasSuffix("-ish") ? String(word.dropLast(4)) : word
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" })
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, let first = Int(parts[0]), (1950...2099).contains(first) else { return nil }
        guard parts.count == 2 else { return [first] }
        guard parts[1].count == 2 || parts[1].count == 4, let second = Int(parts[1]) else { return nil }
        let last = parts[1].count == 2 ? first / 100 * 100 + second : second  // "2015–16"
        return last >= first ? [first, last] : nil
    }

    private static func classYear(_ text: String) -> String? {
        // The regex is compiled at every call: asked only of a text that may match.
        guard text.rangeOfBytes("class of ") != nil,
              let range = text.range(of: #"class of (?:19|20)\d\d"#, options: .regularExpression) else { return nil }
        return String(text[range].suffix(4))
    }
}
