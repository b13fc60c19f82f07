import Foundation

/// What a note says on its own, before any record is asked: its claims, whether it is
/// LinkedIn's default text, what makes it personal, whether it sells. Pure and cheap to test.
struct NoteAnalysis: Sendable {
    let isEmpty: Bool
    let isDefaultText: Bool
    /// Written in a language the patterns do not read (`NoteLanguage`): neither stock nor
    /// personal as far as the rules can tell. Never set for the default text.
    let isOtherLanguage: Bool
    /// What may name something in a note nothing else was read in (`UnplacedNames`), before
    /// the reader's records say which names are their own.
    let nameCandidates: [String]
    let claims: [ExtractedClaim]
    /// Claims that count only where the records back them (`ClaimPattern.onlyIfBacked`): no
    /// part of whether the note is generic or personal until they are.
    let claimsIfBacked: [ExtractedClaim]
    /// The words that make the note personal: "your KubeCon talk", "I read your post".
    let personalMarkers: [String]
    /// The words that make it a pitch: "book a 15-minute call", "we help teams".
    let salesMarkers: [String]
    /// The note reduced for comparing notes of different senders (mass messages).
    let massKey: String

    init(_ message: String?, ownerNames: Set<String> = []) {
        let note = NoteText(message ?? "")
        isEmpty = note.isEmpty
        massKey = note.core
        let extracted = ClaimExtractor.extract(note, ownerNames: ownerNames)
        claims = extracted.filter { !$0.onlyIfBacked }
        claimsIfBacked = extracted.filter(\.onlyIfBacked)
        // An unfilled mail-merge field ("Hi {{firstName}}") gives the note away, whatever it says.
        // Asked of the bytes first: `contains` on a String goes through Foundation, for every note.
        let mailMerge = note.text.containsASCII("{") && note.text.contains("{{")
        personalMarkers = mailMerge ? [] : NoteAnalysis.matches(NotePatterns.personal, in: note)
        salesMarkers = NoteAnalysis.matches(NotePatterns.sales, in: note)
        // The language is asked only of a note nothing was read in.
        // (A name in passing is read in any language.)
        let other = !note.isEmpty && extracted.allSatisfy(\.mention) && personalMarkers.isEmpty && NoteLanguage.isOther(core: note.core)
        // In another language, a short note naming LinkedIn is its default text there.
        isDefaultText = !note.isEmpty && (NoteAnalysis.looksLikeDefault(note.core)
            || other && NoteLanguage.namesLinkedIn(core: note.core) && NoteLanguage.isShort(core: note.core))
        isOtherLanguage = other && !isDefaultText
        nameCandidates = claims.isEmpty && personalMarkers.isEmpty && salesMarkers.isEmpty && !note.isEmpty && !isDefaultText && !other
            ? UnplacedNames.candidates(note, ownerNames: ownerNames) : []
    }

    /// Names nothing specific to the reader: no note, the default text, or a stock note with
    /// no claim and nothing personal in it (a note the rules cannot read is not one).
    var isGeneric: Bool { isEmpty || (claims.isEmpty && personalMarkers.isEmpty && !isOtherLanguage) }

    /// `isGeneric` once the records are asked: a claim that counts only where backed ("I'm at
    /// Northwind too") names common ground when it is. The classifier and `lint` both ask this.
    func isGeneric(verified claims: [ClaimDetail]) -> Bool {
        isGeneric && !claims.contains { $0.verdict == .backed && !$0.specifics.isEmpty }
    }

    /// Names something specific: a personal marker, or a claim that names a company, school,
    /// group, person or event.
    var isPersonal: Bool { !personalMarkers.isEmpty || claims.contains { !$0.specifics.isEmpty } }

    var isSalesPitch: Bool { !salesMarkers.isEmpty }

    var metClaim: ExtractedClaim? { claims.first { $0.kind == .met } }

    /// The default texts (one look-up answers whether a text is one of them), how many words
    /// each has, and the word sets of the long ones, for near misses.
    private static let defaults = Set(Phrases.defaultTexts)
    private static let defaultLengths = Set(Phrases.defaultTexts.map { $0.split(separator: " ").count })
    private static let longestDefault = defaultLengths.max() ?? 0
    /// The ones long enough to compare word sets with.
    private static let nearMissCandidates = Phrases.defaultTexts.map { Set($0.split(separator: " ").map(String.init)) }.filter { $0.count >= 5 }
    /// For each word of those, the candidates that hold it: one look-up per note word counts
    /// the words a note shares with every candidate.
    private static let candidatesHolding: [String: [Int]] = nearMissCandidates.enumerated().reduce(into: [:]) { map, candidate in
        for word in candidate.element { map[word, default: []].append(candidate.offset) }
    }
    /// The same tables by hash of the bytes, for ASCII cores (most of them), whose words are
    /// compared as bytes without being made Strings.
    private static let defaultsByHash = ByteTable(Phrases.defaultTexts.map { (Array($0.utf8), ()) })
    private static let candidatesHoldingByHash = ByteTable(candidatesHolding.map { (Array($0.key.utf8), $0.value) })

    /// The default text, alone or with a name around it ("Hi Ana, … - Bo"), or nearly it.
    static func looksLikeDefault(_ core: String) -> Bool {
        guard !core.isEmpty else { return false }
        var bytes = core
        if let answer = bytes.withUTF8(asciiLooksLikeDefault) { return answer }
        // Where each word is in the core: a prefix or suffix of whole words is a slice of it.
        let spans = core.split(separator: " ").map { $0.startIndex..<$0.endIndex }
        guard spans.count <= longestDefault + 3 else { return false }
        if defaults.contains(core) { return true }
        // A default text with up to three words (a name) before or after it: its words start
        // or end the core. Set look-ups compare as `==` does (canonical equivalence).
        for length in max(1, spans.count - 3)..<spans.count where defaultLengths.contains(length) {
            if defaults.contains(String(core[..<spans[length - 1].upperBound]))
                || defaults.contains(String(core[spans[spans.count - length].lowerBound...])) {
                return true
            }
        }
        // Near misses ("I would like to add you to my professional LinkedIn network"): most
        // words shared with one default text of about the same length.
        let noteWords = Set(spans.map { String(core[$0]) })
        var shared = [Int](repeating: 0, count: nearMissCandidates.count)
        for word in noteWords {
            for index in candidatesHolding[word] ?? [] { shared[index] += 1 }
        }
        return isNearMiss(distinctWords: noteWords.count, shared: shared)
    }

    /// `looksLikeDefault` for an ASCII core, on its bytes; nil for any other core. ASCII
    /// bytes are equal exactly when the Strings are, so byte comparisons decide alike.
    private static func asciiLooksLikeDefault(_ core: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !core.contains(where: { $0 >= 0x80 }) else { return nil }
        // The tables once, not at every use (each static is a check that it is made).
        let (mostWords, lengths, table) = (longestDefault + 3, defaultLengths, defaultsByHash)
        var words: [Range<Int>] = []
        words.reserveCapacity(mostWords + 1)
        var start = -1
        for index in 0...core.count {
            if index < core.count, core[index] != 0x20 {
                if start < 0 { start = index }
                continue
            }
            if start >= 0 { words.append(start..<index) }
            start = -1
            if words.count > mostWords { return false }
        }
        func isDefault(_ range: Range<Int>) -> Bool { table.value(for: UnsafeBufferPointer(rebasing: core[range])) != nil }
        if isDefault(0..<core.count) { return true }
        for length in max(1, words.count - 3)..<words.count where lengths.contains(length) {
            if isDefault(0..<words[length - 1].upperBound) || isDefault(words[words.count - length].lowerBound..<core.count) { return true }
        }
        // The distinct words (a note has at most a few dozen here: compared pairwise).
        var distinct: [Range<Int>] = []
        distinct.reserveCapacity(words.count)
        for word in words where !distinct.contains(where: { core[$0].elementsEqual(core[word]) }) { distinct.append(word) }
        let holding = candidatesHoldingByHash
        var shared = [Int](repeating: 0, count: nearMissCandidates.count)
        for word in distinct {
            for index in holding.value(for: UnsafeBufferPointer(rebasing: core[word])) ?? [] { shared[index] += 1 }
        }
        return isNearMiss(distinctWords: distinct.count, shared: shared)
    }

    /// Most words shared with one near-miss candidate of about the same size.
    private static func isNearMiss(distinctWords: Int, shared: [Int]) -> Bool {
        for (index, entry) in nearMissCandidates.enumerated() where abs(entry.count - distinctWords) <= 3 {
            let either = distinctWords + entry.count - shared[index]
            if Double(shared[index]) / Double(either) >= 0.7 { return true }
        }
        return false
    }

    private static func matches(_ family: NotePatternFamily, in note: NoteText) -> [String] {
        var found: [String] = []
        let mayMatch = family.prefilter.mayMatch(note.text)
        for (index, pattern) in family.regexes.enumerated() where mayMatch[index] {
            guard let match = pattern.firstMatch(in: note.text, range: note.fullRange) else { continue }
            let first = note.wordIndex(at: match.range.location)
            let last = note.wordIndex(at: max(match.range.location, match.range.location + match.range.length - 1))
            let words = note.words[first...last].joined(separator: " ")
            if !found.contains(words) { found.append(words) }
        }
        return found
    }
}

/// A family of note patterns, and which of them can match a note (`LiteralPrefilter`).
struct NotePatternFamily: @unchecked Sendable {
    let regexes: [NSRegularExpression]
    let prefilter: LiteralPrefilter

    init(_ patterns: [String]) {
        // Constants of this file: a typo fails every test.
        regexes = patterns.map { try! NSRegularExpression(pattern: $0) }
        prefilter = LiteralPrefilter(patterns)
    }

    /// Whether any pattern matches `text` (folded): for the few notes a rule asks about. Only
    /// the patterns whose fragments the text holds are run.
    func matchesAny(_ text: String) -> Bool {
        let range = NSRange(location: 0, length: text.utf16.count)
        let mayMatch = prefilter.mayMatch(text)
        return regexes.indices.contains { mayMatch[$0] && regexes[$0].firstMatch(in: text, range: range) != nil }
    }
}

/// Phrases that make a note personal or a pitch, in folded form, per language.
enum NotePatterns {
    private static let adjectives = #"(?:(?:recent|latest|great|excellent|insightful|last|brilliant|fascinating|thoughtful|interesting|amazing|awesome|fantastic|wonderful|superb|inspiring|helpful|detailed|candid|honest|practical|clear|new|kubecon|conference|meetup|linkedin|open[- ]source|\S+'s) )*"#

    /// What a speaker or member pays ("speaker package applies", "entry fee: £395"), not "no
    /// registration fee", "we pay a speaker fee", "the fee is waived": a pitch, and no
    /// invitation to speak a personal note.
    private static let speakerPays = #"(?<!no )(?<!pay a )(?<!pay the )(?<!pay you a )(?<!cover a )(?<!cover the )(?<!cover your )(?<!free )\b(?:(?:speaker|sponsorship|exhibitor) package|(?:speaker|delegate|registration|entry|application|membership|joining|participation) fee)s?\b(?!:? (?:is |are |was |were |will be |has been |have been )?waived)"#

    /// Flattery that follows "your talk" or "your work" in a note to anyone: "your work on
    /// Postgres operators caught my eye".
    private static let flattery = #"(?![^\s.!?]* (?:[^\s.!?]+ ){0,6}(?:caught my eye|caught my attention|stood out|is impressive|looks impressive|is inspiring|impressed me|resonated|resonates|insightful|inspiring|inspirerend)|.{0,60}\b(?:been following your|resonat))"#

    static let personal = NotePatternFamily([
        #"(?<!came across |stumbled upon |stumbled across |following |congrats on |congratulations on )\b(?:your|ur) (?:[^\s.!?]+ ){0,3}(?:talk|post|article|keynote|presentation|session|panel|podcast|episode|interview|paper|book|blog|blogpost|newsletter|thread|comment|video|webinar|workshop|course|repo|repository|library|project|research|writing|piece|slides|slide|diagram|demo|tutorial|series|essay|answer|question|write-?up|deck|lecture|op-ed|thesis|tool|operator|framework|package|crate|gem|plugin|pr|pull request|contribution|talks|posts|articles|videos|patch|commit|rfc)\b"# + flattery,
        #"\byour work (?:on|in|at|with(?! interest)|around)\b"# + flattery,
        #"\bthe (?:talk|post|article|session|panel|keynote) you (?:gave|wrote|did|posted|shared)\b"#,
        #"\b"# + Phrases.thanks + #" for (?:organi[sz]ing|hosting|running|sharing|writing|presenting|speaking|the tip|the tips|the advice|your help|your answer|your feedback|the pointer)\b"#,
        #"\b"# + Phrases.thanks + #" for (?:the|your) (?:\S+ ){0,2}(?:q&a|talk|session|webinar|presentation|keynote|workshop)\b"#,
        #"\b(?:i|we) (?:also )?work on (?:very |quite |really )?similar\b|\bsimilar (?:problems|challenges)\b"#,
        #"\byou'?re the (?:person|go-to person|expert|one) (?:to ask )?(?:about|for|on)\b"#,
        #"\bwe(?:'re| are) both (?:speaking|presenting|attending|organi[sz]ing|going to|working on)\b"#,
        #"\b(?:great|excellent|nice|fantastic|brilliant|insightful|loved the|enjoyed the) (?:article|post|talk|keynote|thread|piece|write-?up) (?:on|about)\b"# + flattery,
        #"\b(?:bel|excellent|super|tres bon|superbe|magnifique) (?:article|post|talk|expose|intervention)\b"#,
        // Not the profile read back: "I noticed you spoke at KubeCon" went to every speaker.
        #"(?<!noticed |noticed that |see |see that |saw that )\byou (?:wrote|posted|shared|presented|spoke|gave|built|published|maintain|created|open-?sourced|described|explained|argued|mentioned in|forked|starred|merged|organi[sz]ed|hosted|taught)\b"#,
        // Invitations to speak, unless the speaker pays ("speaker package applies").
        #"(?:\b(?:love|like) (?:to have )?you (?:to )?(?:speak|present|give a talk|keynote)\b|\b(?:love|like) to have you as (?:a |our )?(?:speaker|keynote|panelist|panellist|guest)\b|\byou (?:on|for) (?:the|our) (?:panel|program committee|programme committee|podcast|show)\b)"# + "(?!.*" + speakerPays + ")",
        #"(?:\bwould you (?:like to |be (?:open|willing|interested) to |consider )?(?:give|giving) (?:a |our )?(?:talk|keynote|lightning talk)\b|\bwould you (?:like to |be (?:open|willing|interested) to |consider )?(?:speak|speaking|present|presenting) at (?:our|the|my) (?:\S+ ){0,3}?(?:meetup|conference|event|summit|day|days|track|user group|podcast|webinar|panel|series|forum|festival|camp)\b)"# + "(?!.*" + speakerPays + ")",
        #"\bsaw (?:you|that you) (?:speak|spoke|present|presented|are speaking|talk|talked)\b"#,
        #"\b(?:we|you and i) (?:both|also) (?:work on|use|build|maintain|care about|are working on|run|organi[sz]e|contribute to)\b"#,
        // What only someone the reader has dealt with writes: thanks for a help, something the
        // reader did for the sender, "I'm the one who asked…", "as promised", a talk attended.
        #"\b"# + Phrases.thanks + #"(?: so much| again| a lot)?(?: again)? for (?:the |your |that |all the |all your |doing that |doing the )?(?:\S+ ){0,2}(?:help|review|reviews|intro|introduction|feedback|advice|comments?|patience|reference call|reference|fix|repro|response|reply|answers?|pointers?|tips?|hospitality|tour|ride|lift|referral|recommendation|mentoring|guidance|support|heads-up|hint|explanation|walkthrough|evening|night|dinner|drinks|run|hike)\b"#,
        // Thanks for something they did: "thanks for sitting with me", not "thanks for accepting".
        #"\b"# + Phrases.thanks + #" (?:so much |again |a lot )?(?:for|voor|por|pour|per|fur) (?!accepting|connecting|reading|considering|taking the time|following|viewing|visiting my|checking out|looking at my|having a look|being|listening)(?:\w+ing|invitarme)\b"#,
        #"\b"# + Phrases.thanks + #" (?:so much )?again\b|\b"# + Phrases.thanks + #" (?:so much )?for (?:today|tonight|yesterday|this morning|this afternoon|last night|(?:connecting|introducing) (?:me|us) (?:with|to)|stepping in|having me|hosting me|the opportunity to (?:present|speak|shadow|visit|join your|interview|work with))\b"#,
        #"\b(?:i'm|im|i am|i was|it's me|its me),? (?:\S+,? )?the (?:\S+ ){0,5}(?:who|whose|that) [^.!?]*(?:(?<!like )\byou\b|\byour\b)"#,
        #"\b(?:i'm|im|i am|i was) the one (?:who|that)\b"#,
        #"\b(?:as (?:i )?promised|as discussed|as agreed|like i promised|wie versprochen|zoals beloofd|comme promis|come promesso|como prometido)\b"#,
        // "your mentee here", "Pieter here, the tall one who…", "it's the guy from the dinner who…".
        #"\b(?:your|ur) (?:old |former |ex-?)?(?:mentee|student|intern|neighbou?r|trainee|tutee|co-mentor|flatmate|roommate|bandmate|carpool buddy) (?:here|from)\b|\bhere,? the (?:\S+ ){0,3}(?:one|guy|girl|woman|man|person|kid|dad|mum|mom) (?:who|that|from|with)\b|\b(?:it's|its|this is) the (?:\S+ ){0,2}(?:one|guy|girl|woman|man|person) (?:from|who|that|you)\b"#,
        #"\b(?:je|jouw) (?:oud-)?(?:buurvrouw|buurman|mentee|stagiair|collega-mentor)\b|\b(?:deine?|ihre?) (?:nachbarin|nachbar|mentee|praktikantin|praktikant)\b|\b(?:tu|su) (?:vecina|vecino|mentee|alumn[oa])\b|\b(?:ta|ton|votre) (?:voisine|voisin|mentee|stagiaire)\b|\b(?:la tua|il tuo) (?:vicina|vicino|mentee|studente|studentessa)\b|\bwir waren (?:\S+ ){0,2}(?:in derselben|in der gleichen|im selben|im gleichen)\b"#,
        #"\b(?:couldn'?t|could not|wouldn'?t|would not) have (?:\S+ ){0,6}without (?:you|your|our)\b|\byou'?ll be my (?:new )?(?:manager|mentor|boss|lead|buddy|onboarding buddy)\b"#,
        #"\b(?:on|at|in|after|during|since|from) (?:last week's|yesterday's|today's|this morning's|last night's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's) (?:call|meeting|session|workshop|rehearsal|practice|training|game|match|dinner|meetup|talk|review|sail|race)\b"#,
        #"\byour (?:\S+ ){0,2}(?:review|reviews|feedback|comments|advice|patch|fix|help|mentoring|sessions|tips?|answer|idea|suggestion)(?: (?:of|on|for|about)(?: \S+){1,3})? (?:was|were|helped|saved|made|got|worked|did|meant|changed|said|taught|turned)\b|\bstill thinking about your\b"#,
        // Between people who know each other: "remember when we…", "you were right about",
        // "sorry for the late reply", "great singing with you" (working with you is a claim,
        // checked as one), a parent by their child.
        #"\bremember (?:when|the time|that time|how) (?:we|you|i)\b|\byou were (?:so |totally |absolutely )?right\b|\bi agree with you on\b|\bsorry (?:for the late reply|i couldn'?t make it|i missed)\b|\b(?:great|nice|good|lovely|fun) (?!connecting|networking|engaging|being|working|collaborating|partnering|studying|doing business)\w+ing with you\b"#,
        #"\b(?:ik ben de (?:moeder|vader)|ich bin (?:die mutter|der vater)|je suis (?:la mere|le pere)|soy (?:la madre|el padre)|sono (?:la mamma|il papa)) (?:van|von|de|di)\b|\b(?:deiner|deinem|deine) (?:tochter|sohn|kinder)\b"#,
        #"(?<!noticed |noticed that |see |see that |saw that )(?<!have |had |did |if )\byou (?:(?:helped|interviewed|mentored|hired|coached|introduced|referred|invited|taught|supervised|onboarded|unblocked|saved|rescued|recommended|showed|told) (?:me|us)\b|(?:reviewed|fixed|debugged|answered|replied|reproduced|approved|designed|pinged|suggested|stayed on|left|made|did|drew|sketched|turned|lent|took|brought|dropped|ran|said|promised)\b)"#,
        #"\b(?:great|excellent|awesome|amazing|fantastic|brilliant|superb|inspiring|loved the|enjoyed the|loved your|enjoyed your) (?:talk|keynote|session|workshop|presentation|demo|lightning talk|panel)(?: (?:today|tonight|yesterday|this morning|earlier|at|in|on)\b|!)"#,
        #"\b(?:before|ahead of) our (?:\S+ ){0,3}(?:session|meeting|call|chat|interview|sync|catch-?up|1:1|coffee|lunch|dinner)\b|\b(?:reviewing|reviewed) each other'?s\b|\bwe (?:were|got) (?:paired|partnered|teamed) (?:up )?(?:in|on|for|at|during|together)\b"#,
        #"\b(?:our|onze|unsere|nos|nuestros|nossos|i nostri) (?:\S+ )?(?:kids|children|sons|daughters|kinderen|kinder|enfants|hijos|filhos|figli)\b|\bhope (?:the|your) (?:kids|children|little ones) (?:are|is)\b"#,
        // Thanks again, in the other languages (what for is read below).
        #"\b(?:danke|vielen dank) (?:nochmal|noch einmal|nochmals)\b|\bmerci encore\b|\bgracias de nuevo\b|\bobrigad[oa] (?:de novo|novamente|mais uma vez)\b|\b(?:nogmaals|nog) bedankt\b|\bgrazie ancora\b"#,
        // Between people who already know each other, as typed on a phone: "it's me from the
        // billing team", "remember the duplicate invoices bug?", "still owe u a beer", "miss our
        // 3am pager chats", "see you monday", "long time no see", "sorry again for the coffee".
        // Each narrowed against the stock notes that share its words: "it's me again, following
        // up", "remember our free masterclass", "don't miss our webinar", "see you tuesday at
        // our booth", "thanks for the connect yesterday", "ben jij de engineer die wij zoeken?".
        #"\b(?:it'?s|its) me,? (?:your|ur|from (?:the|our|your))\b|\bich bin'?s(?!,? (?:nochmal|noch mal|wieder|erneut))\b|\bik ben het(?! weer| nog)\b|\bhere'?s me\b|\b(?:i'?m|im|i am|i was) the (?:one|guy|girl|woman|man|person) (?:with|from|in) the\b(?! (?:\S+ ){0,2}(?:team|webinar|invite|email|inmail))|\bik ben (?:degene|diegene) die\b(?! je (?:\S+ ){0,3}(?:bericht|inmail|mail))|\b(?:jij was|you were) (?:de enige|the only one) (?:die|who)\b|\bik zat (?:bij jou|bij je|naast je|naast jou)\b|\b(?:jij|je) (?:hielp|hebt me geholpen|gaf me|liet me)\b|\bdu hast mir (?:\S+ )?(?:geholfen|gezeigt|erklart)\b|\byou (?:talked|walked) me through\b"#,
        #"\bremember the (?!webinar|deadline|date|event|summit|launch|offer|discount|session|masterclass|registration|early)|\bremember (?:when|how) we\b|\bremember me from\b|\b(?:don'?t|not|if you|hope you|you'?ll) remember me\b|\bweet (?:je|jij) nog\b(?! (?:niet|iemand|wie|wat je|waar je))|\berinnerst du dich\b(?! an (?:meine|unsere|die) (?:nachricht|einladung|mail|anfrage))|\b(?:weisst du noch|te acuerdas|tu te souviens|ti ricordi|lembras)\b"#,
        #"\bowe (?:you|u|ya) (?:a |one )?(?:beer|pint|coffee|lunch|dinner|drink|drinks|fiver|postcard|big time|one)\b|\byou (?:still )?owe (?:me|her|him|us)\b|\bik trakteer\b(?!.*\bals (?:je|u)\b)"#,
        #"(?<!don't |dont |do not |not |never |to |won't |didn't |didnt |can't |cant |doesn't |'ll |will |you |did )\b(?:i |we |really |already |still |gonna )?miss (?:you|u|ya|our|working (?:with you|together)|those)\b(?! (?:at|webinar|event|summit|offer|launch|session|chance|deadline|newsletter|last webinar))|\bik mis (?:je|jou|jullie|onze|de|het)\b|\bwe missen je\b|\b(?:team|wir|ich|alle|jeder) (?:\S+ )?(?:vermisst|vermissen|vermisse) (?:dich|euch|deine|deinen|dein|unsere)\b"#,
        #"\b(?:see (?:you|u|ya) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tonight|next week)|tot (?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|straks|vanavond)|bis (?:morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|spater))\b(?![^.!?]{0,40}\b(?:webinar|booth|stand|demo|live|summit|meetup|link|event|session|conference|expo|our)\b)"#,
        #"\blong time no (?:see|talk|speak)\b|\blang niet (?:gezien|gesproken)\b|\blange nicht (?:gesehen|gesprochen)\b|\bit'?s been (?:ages|forever|what,? \d+ years)\b|\b(?:proud of (?:you|u)|trots op (?:je|jou)|stolz auf dich)\b(?!.*\bgrow together\b)"#,
        #"\bsorry again\b|\bsorry (?:dat|dass) ik (?:je|jou)\b|\bsorry (?:again )?(?:for|about) (?:spilling|missing|forgetting|ghosting|leaving|breaking|losing|stepping|bumping|crashing|being late|the mess|the chaos|the noise|my)\b|\bje had (?:echt |helemaal |toch )?gelijk\b|\bdu hattest (?:so |vollig |doch )?recht\b|\b(?:welkom terug|welcome back|willkommen zuruck)\b"#,
        #"\b(?:good luck|succes|viel gluck|veel succes) (?:\S+ ){0,4}(?:tomorrow|tonight|morgen)\b|\b(?:hoi|hi|hey|hallo|moin|hee) (?:buurvrouw|buurman|nachbarin|nachbar)\b|\b(?:are you|ben jij|bist du) (?:the|de|die) (?!right |best |correct |leader |person|persoon|engineer|one )\S+ (?:who|die|from|van|von|with|met)\b"#,
        // Not where they studied or worked together: those are claims, checked against the records.
        #"\bwe (?:sat|played|shared|did(?! business)|hiked|climbed|sailed|ran|cycled|lived) (?:\S+ ){0,5}(?:together|in the same|on the same|next to each other)\b(?! with)|\b(?:we|wij) (?:zaten|zijn|deden|speelden|liepen) (?:\S+ ){0,4}(?:samen|naast elkaar|bij elkaar)\b(?! met| (?:op|bij|aan|in) (?:de |het )?(?:universiteit|university|tu|hogeschool|school|uni)\b| op de | op het | bij [^d])"#,
        #"(?<!is |are |protect |insure |for )\byour (?:kid|kids|son|daughter|little one|dog|cousin|cousin's|mum|mom|dad|brother|sister)\b(?!'?s? (?:future|insurance|insured|education|college|fund))|\b(?:je|jouw) (?:zoon|dochter|kinderen|kind|hond|pakketje)\b(?! (?:later|toekomst|verzeker))|\b(?:dein|deine) (?:sohn|tochter|hund)\b"#,
        // Thanks for what the reader did, who the sender is to them, a game or an outing shared:
        // "bedankt dat je mijn PR hebt gereviewd", "Tom's brother here", "good game on Sunday!".
        #"\b"# + Phrases.thanks + #",? (?:dat|dass|que|that|che) (?:je|jij|du|tu|you)\b(?!.{0,40}(?:accept|connect|verzoek|anfrage|vernetz|annimm|angenommen|toegevoegd|hinzugef|added|interest))|\b(?:tu m'as (?:\S+ ){0,3}(?:aide|appris|explique|fait|donne|sauve|recrute|conseille|presente)|du hast (?:mich|mir|uns) (?:\S+ ){0,5}(?:geholfen|eingestellt|gezeigt|erklart|beigebracht|gerettet|interviewt|betreut|eingearbeitet|empfohlen)|je hebt (?:me|mij|ons) (?:\S+ ){0,4}(?:geholpen|gered|geleerd|uitgelegd|aangenomen|geinterviewd|begeleid|ingewerkt|gecoacht)|me ayudaste|mi hai aiutat[oa])\b|\b(?:te debo|je te dois|ti devo|ich schulde dir|ik ben je (?:nog )?(?:een|wat) (?:\S+ )?schuldig)\b"#,
        #"\b\S+'s (?:brother|sister|cousin|wife|husband|partner|dad|mum|mom|son|daughter|neighbou?r|flatmate|roommate|colleague) here\b|\b(?:i'?m|i am|ik ben|ich bin) (?:the|de|der|die) (?:\S+ ){0,3}(?:who|die|der) (?:emailed|wrote|asked|kept|sat|ran|je|jou|dich|dir)\b|\b(?:ich war|i was|ik was) (?:\S+ )?(?:dein|deine|your|je|jouw) \S*(?:buddy|mentor|mentee|student|intern|praktikant|praktikantin|stagiair|tutor|trainee)\b"#,
        #"\b(?:good|great|nice) game\b(?![- ]chang)|\bgezellig (?:op|bij|tijdens|gisteren|vorige)\b|\bwas (?:leuk|fijn|gezellig) om samen\b|\b(?:i |we |still )miss the (?!chance|deadline|opportunity|boat|point|webinar|event|summit|launch)\S+|\bwir sassen (?:\S+ ){0,4}(?:nebeneinander|zusammen)\b"#,
        // Thanks for a help or an evening in the other languages: what was done, or (in Dutch and
        // German) when.
        #"\b"# + Phrases.thanks + #" (?:encore |beaucoup |de nuevo |otra vez |de novo |novamente |mais uma vez |ancora |di nuovo |mille )?(?:pour|por|per|pela|pelo|pelas|pelos) (?:le |la |l'|les |el |il |i |ton |ta |tes |tu |tus |su |sus |votre |vos )?(?:\S+ ){0,2}?(?:aide|conseils?|retour|relecture|introduction|accueil|trajet|diner|soiree|patience|ayuda|consejos?|paciencia|presentacion|revision|revisar|ayudarme|ajuda|conselhos?|revisao|dicas?|mentoria|aiuto|consigli|revisione|supporto|pazienza|aiutarmi|feedback)\b"#,
        #"\b"# + Phrases.thanks + #" (?:nog |nogmaals |nochmal |noch einmal |nochmals |wel |nog even )?(?:voor|fur) (?:(?:de|het|je|jouw|uw|die|den|das|deine|deinen|dein|ihre|ihren) (?:\S+ ){0,2}?(?:hulp|tip|tips|advies|lift|rit|koffie|taart|borrel|avond|etentje|uitleg|gesprek|invallen|lenen|meedenken|organisatie|gastvrijheid|review|feedback|introductie|college|gastcollege|les|lezing|talk|workshop|presentatie|vortrag|hilfe|tipp|tipps|rat|vorstellung|einfuhrung|antwort|abend|gesprach|kuchen|fahrt|unterstutzung|erklarung)\b|[^.!?]{0,40}\b(?:gisteren|gister|gestern|vorige week|letzte woche|vanmiddag|vanochtend)\b)"#,
        #"\b"# + Phrases.thanks + #" (?:again |so much )?for (?:the|your|that) (?!connection|connect|invite|invitation|request|add|follow|accept|like|visit|attendance|registration|interest|time|support|opportunity|consideration|reply|response|quick)(?:\S+ ){0,2}?\S+ (?:at the|on the|yesterday|today|tonight|last night|last week|this morning|earlier|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"#,
        #"\b(?:dein|ihr|deinen|ihren|deine|ihre|deinem|ihrem) (?:\S+ )?\S*(?:vortrag|beitrag|artikel|post|talk|podcast|buch|projekt|blog|arbeit|keynote|workshop)"#,
        #"\b(?:votre|ton|ta|vos|tes) (?:\S+ )?(?:conference|intervention|article|post|publication|presentation|podcast|livre|projet|travail|talk|atelier|billet)"#,
        #"\b(?:tu|su|tus|sus) (?:\S+ )?(?:charla|ponencia|articulo|post|publicacion|presentacion|podcast|libro|proyecto|trabajo|taller)"#,
        #"\b(?:sua|seu|teu|tua|suas|seus) (?:\S+ )?(?:palestra|artigo|post|publicacao|apresentacao|podcast|livro|projeto|trabalho|oficina)"#,
        #"\b(?:je|jouw|uw) (?:\S+ )?(?:talk|presentatie|artikel|post|bericht|podcast|boek|project|werk aan|lezing|blog|workshop)"# + flattery,
        #"\b(?:il tuo|la tua|il suo|la sua|i tuoi|le tue) (?:\S+ )?(?:intervento|talk|articolo|post|presentazione|podcast|libro|progetto|lavoro|workshop)"#,
    ])

    /// Words of recruiting and job hunting: a note with them names the reader's skills to fill
    /// a role, not as common ground (`OwnerSkills`). Matched against a note's core.
    static let jobs = NotePatternFamily([
        #"\b(?:hiring|recruit\w*|headhunt\w*|vacanc\w*|jobs?|roles?|positions?|openings?|opportunit\w*|candidates?|talent|open to work)\b"#,
        #"\b(?:stelle|stellen|stellenangebot\w*|poste|postes|offre d'emploi|puesto|vacante|oferta de empleo|vaga|vagas|vacature\w*|functie|posizione|offerta di lavoro)\b"#,
        #"\b(?:wir suchen|nous recherchons|je recherche|buscamos|estamos buscando|procuramos|estamos procurando|we zoeken|cerchiamo|stiamo cercando|sto cercando)\b"#,
        #"\bopen to (?:a )?(?:new |fresh )?(?:challenges?|opportunities|offers?|a move|a change)\b|\blooking for (?:an? |experienced |senior )(?:\S+ ){0,3}(?:engineers?|developers?|head of|lead|manager|director|architect|specialists?)\b|\bzoeken (?:\S+ ){0,2}\S*(?:specialisten|engineers|developers|ontwikkelaars|kandidaten)\b"#,
        #"\blooking for (?:freelance |new |a new )?(?:work|job|jobs|projects|gigs|clients)\b|\b\d+\+? years? (?:of )?(?:exp|experience)\b|\brefer me\b|\breferral\b|\b(?:my|your) (?:cv|resume)\b"#,
    ])

    static let sales = NotePatternFamily([
        #"\b(?:we|i) (?:also |can |could |currently |now )?help (?:\S+ ){0,4}(?:companies|teams|businesses|founders|startups|brands|organisations|organizations|leaders|ctos|engineering|saas|agencies|firms|clients|people|professionals|you|engineers|developers|creators|executives)\b"#,
        #"\b(?:consultant|coach|specialist|expert|agency|advisor|adviser|i'm|i am|we're|we are) (?:\S+ ){0,2}helping (?:\S+ ){0,2}(?:businesses|companies|brands|startups|founders|teams|organi[sz]ations|clients|leaders) (?:to )?(?:grow|scale|succeed|increase|achieve|save|reduce|generate|boost)\b"#,
        speakerPays,
        #"\bour (?:\S+ )?(?:services?|solutions?|platform|agency|company|product|software|tool|offering|team of \d+) (?:helps?|offers?|provides?|can|enables?|delivers?|reduces?|cuts?|automates?|allows?)\b"#,
        #"\b(?:book|schedule|set up|hop on|jump on|grab|have) (?:a |an )?(?:quick |short |brief |free |15|20|30)?(?:[- ]?min(?:ute)?s?)? ?(?:call|demo|chat|meeting|intro call|discovery call|consultation)\b"#,
        #"\b\d{1,2}[- ]?min(?:ute)?s?\b (?:call|chat|demo|meeting|intro|interview)\b"#,
        #"\bwould it make sense to (?:connect|chat|talk|explore|set up|have)\b"#,
        #"\b(?:free|no-cost|complimentary) (?:audit|consultation|trial|assessment|demo|pilot|review|strategy session|credits?|copy)\b"#,
        #"\bworth a (?:quick |short |brief )?(?:chat|call|conversation|look)\b|\boverspend\w*\b|\bwe offer\b|\bsponsored (?:feature|content|post|article|package)s?\b"#,
        #"\b(?:reduce|cut|lower|decrease|slash|save on|optimi[sz]e) (?:your )?(?:cloud |infrastructure |hiring |it |operational )?(?:costs?|spend|bills?)\b"#,
        #"\b(?:increase|boost|grow|double|triple|scale) (?:your )?(?:revenue|sales|leads|pipeline|mrr|arr|conversions?|roi)\b"#,
        #"\b(?:lead generation|outsourc\w*|offshore|nearshore|staff augmentation|white[- ]label|dedicated (?:developers|team)|development (?:agency|services|partner)|software house)\b"#,
        #"\b(?:we|i) (?:provide|offer|deliver|specialize in|specialise in) (?:\S+ ){0,4}(?:services|solutions|consulting|development|outsourcing|support)\b"#,
        #"\b(?:paid|compensated) (?:research|study|interview|survey|session|feedback)\b|[€$£]\s?\d+"#,
        #"\bdo you (?:use|currently use|have|need) (?:\S+ ){0,4}(?:tools?|software|solution|platform|provider|vendor|partner|support)\b"#,
        #"\b(?:partnership|business) opportunit"#,
        #"\breply with\b|\bi'?m in\b.*\bi'?m out\b"#,
        #"\b(?:top|pre-vetted|qualified) (?:candidates|talent|engineers|developers) (?:for your|to your|ready)\b"#,
        // Not how long they talked: "we argued for 40 minutes".
        #"(?<!for |about |like |over |almost |nearly )\b\d{1,2}[- ]?min(?:ute)?s?\b(?! (?:fix|drive|walk|ride|delay|wait|bike|train|flight|ago|late|early))|\bbook (?:\S+ )?(?:minutes|mins|min)\b"#,
        #"\b(?:dev shop|development shop|squad|agency|consultancy|staffing|recruitment firm)\b"#,
        #"\b(?:half the (?:cost|price)|fraction of the cost|for less than)\b"#,
        #"\b(?:demo\?|a demo|quick demo|short demo|free demo|live demo|that demo|send you a (?:short )?demo|show you a demo)\b"#,
        #"\bour (?:\S+ ){0,2}(?:tool|product|platform(?! engineer)|solution|service|software|app|runners|offering|api)s?\b"#,
        #"(?<!\bno |\bnot a |\bnot a \S{1,12} )\bpitch\b|\bhappy to show you\b|\bwalk you through\b|\b(?:tell|show) you (?:\S+ ){0,2}about our\b"#,
        #"\bset up a (?:free )?(?:trial|pilot|poc)\b|\bfree sample\b|\bghostwrit\w*\b|\b(?:a )?(?:small |one-time )?fee applies\b|\bsales rep\b|\bwe invest in\b|\byour first call\b|\bsave (?:up to )?\d+%"#,
        #"\bpassive income\b|\bfinancial freedom\b|\bno experience (?:needed|required)\b|\bstaking\b|\bforex\b|\btrading signals\b"#,
        #"\bbooks? (?:\S+ ){0,2}meetings\b|\b\d+x (?:\S+ )?(?:pipeline|revenue|leads|growth|roi|faster|cheaper)\b"#,
        #"\bwe (?:build|develop|create|design|make|sell|host|manage) (?:\S+ ){0,3}(?:for|to help)\b"#,
        #"\b(?:dinner|drinks|lunch|breakfast|food) (?:is |are )?on us\b|\b(?:wij zijn|we zijn) (?:een |het )?(?:\S+ )?(?:bureau|bedrijf|agency|dienstverlener)\b"#,
        #"\b(?:special|discounted|exclusive|introductory) (?:rates?|pricing|prices|offer|deal)\b|\bdiscounts?\b|\b\d+% off\b"#,
        #"\b(?:coverage|quote|policy) options\b|\breview your (?:coverage|policy|insurance|plan)\b"#,
        #"\b(?:we've|we have) helped (?:\S+ ){0,2}(?:companies|teams|customers|clients|businesses)\b"#,
        #"\b(?:companies|customers|clients|brands) (?:like|such as|including) (?!yours\b|you\b)"#,
        #"\b(?:qualified|b2b) leads\b|\bbooked meetings\b|\bguaranteed\b"#,
        #"\b(?:our|the) pricing\b|\bprice list\b"#,
        #"\b(?:early-?bird|tickets?|promo code|use code|coupon)\b|\bfree (?:month|trial|week|tier)\b|\btrial link\b"#,
        #"\b(?:our|a) free (?:webinar|workshop|ebook|e-book|guide|whitepaper|report|session|course)\b"#,
        #"\bour (?:team|company|firm|agency) (?:offers|provides|helps|builds|delivers|specializes|specialises)\b"#,
        #"\bwir (?:helfen|unterstutzen|bieten)\b|\bunverbindlich\w*\b|\bkostenlos\w*\b"#,
        #"\bnous (?:aidons|accompagnons|proposons)\b|\bgratuit\w*\b"#,
        #"\b(?:ayudamos|ofrecemos)\b|\bsin compromiso\b"#,
        #"\b(?:ajudamos|oferecemos)\b|\bsem compromisso\b"#,
        #"\bwij (?:helpen|bieden)\b|\bvrijblijvend\w*\b|\bdetacheer\w*\b|\bdetachering\b"#,
        #"\b(?:aiutiamo|offriamo)\b|\bsenza impegno\b"#,
    ])
}
