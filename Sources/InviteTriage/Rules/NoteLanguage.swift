/// Whether a note is written in one of the seven languages the patterns are written in
/// (English, German, French, Spanish, Portuguese, Dutch, Italian). A note in another language
/// matches none of them, and taking that for a stock note would strike every personal note
/// written in Polish or Japanese. Told by script (most letters outside the Latin script) or by
/// frequent words: at least two of another language's, and more than of any of the seven's.
enum NoteLanguage {
    /// Whether the rules cannot read `core` (a `NoteText.core`: folded, greeting and sign-off
    /// gone). A core under `shortest` letters is read: "Привет!" or "Hej!" says nothing either way.
    static func isOther(core: String) -> Bool {
        var latin = 0, other = 0
        for scalar in core.unicodeScalars {
            // A core holds letters, digits, apostrophes and spaces: ASCII ones need no table.
            if scalar.isASCII {
                if scalar.value >= 0x41 { latin += 1 }
            } else if scalar.properties.isAlphabetic {
                if isLatin(scalar) { latin += 1 } else { other += 1 }
            }
        }
        guard latin + other >= shortest else { return false }
        if other > latin { return true }
        let counts = counts(core)
        // Two words at least, and one in eight: a few names are no language ("Ali, Sam and Dan").
        let best = counts[oursCount...].max() ?? 0, words = core.split(separator: " ").count
        return best >= 2 && best * 8 >= words && best > (counts[..<oursCount].max() ?? 0)
    }

    /// Whether `core` reads as German (most frequent words German, two at least), which
    /// writes every noun capitalised.
    static func isGerman(core: String) -> Bool {
        let ours = counts(core)[..<oursCount]
        return ours[german] >= 2 && ours.allSatisfy { $0 <= ours[german] }
    }

    /// LinkedIn by name, as the default texts of every language write it.
    static func namesLinkedIn(core: String) -> Bool {
        core.contains("linkedin") || core.contains("领英") || core.contains("領英") || core.contains("링크드인")
    }

    /// How long a note in another language LinkedIn's default text can be, in words (a letter
    /// of a script without spaces counts half a word).
    static func isShort(core: String) -> Bool {
        var words = 0.0
        for word in core.split(separator: " ") {
            let dense = word.unicodeScalars.filter(isWithoutSpaces).count
            words += dense == 0 ? 1 : Double(dense) / 2
        }
        return words <= 16
    }

    static let shortest = 15

    /// Latin letters, with the extended blocks folding leaves (ł, ı, ə, ơ…).
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) || (0x2C60...0x2C7F).contains(scalar.value)
            || (0xA720...0xA7FF).contains(scalar.value)
    }

    /// Scripts written without spaces between words: Han, kana, Hangul, Thai, Lao, Khmer, Myanmar.
    private static func isWithoutSpaces(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF, 0xF900...0xFAFF: true
        default: false
        }
    }

    /// How many of `core`'s words are frequent words of each language (`ours`, then
    /// `otherLanguages`), read as bytes; an elided French or Italian article or pronoun
    /// ("j'aimerais", "l'articolo") by what comes before its apostrophe.
    private static func counts(_ core: String) -> [Int] {
        var counts = [Int](repeating: 0, count: languageCount)
        var core = core  // `withUTF8` is mutating; native strings are not copied.
        core.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
                defer { start = end + 1 }
                guard end > start else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var mask = table.value(for: word)
                if mask == nil, let apostrophe = word.firstIndex(of: 0x27) {
                    mask = table.value(for: UnsafeBufferPointer(rebasing: word[...apostrophe]))
                }
                guard let mask else { continue }
                for language in 0..<languageCount where mask & (1 << language) != 0 { counts[language] += 1 }
            }
        }
        return counts
    }

    /// Frequent words of the seven languages, folded: pronouns, articles, prepositions, common
    /// verbs and LinkedIn's own words. Their order gives their bits.
    private static let ours: [String] = [
        // English
        """
        i you your yours we our us my me the a an and or but to of in on at for with from about as am is are was were be \
        been it its this that these those have has had do did not no so if would will can could like love just really very here \
        there what when how who also too all some more up out by i'm i'd i've it's let's we've we're you're i'll we'd connect \
        connecting network profile thanks hope great see saw
        """,
        // German
        """
        ich du sie wir ihr mein meine meinem meinen meiner dein deine deinen ihre ihren ihrem unser unsere der die das den \
        dem des ein eine einen einem einer und oder aber zu von mit bei auf fur uber aus nach im in am an ist sind war waren \
        habe haben hat hatte nicht auch sehr gerne gern wie dass es sich mich dich uns noch schon hier netzwerk vernetzen \
        freuen wurde mochte ihnen dir mir vom zum zur ja
        """,
        // French
        """
        je tu vous nous il elle mon ma mes votre vos ton ta tes le la les un une des du de et ou mais a au aux en dans sur \
        pour avec par est suis sont etait ai avons avez pas ne que qui tres bien aussi reseau profil plaisir ravi merci ce \
        cette se me te on j' l' d' c' n' qu' m' t' s'
        """,
        // Spanish
        """
        yo tu usted nosotros mi mis su sus el la los las un una unos y o pero a de del en con por para sobre es soy somos \
        eres esta estoy fue he hemos ha no que como muy tambien me te nos se le lo al mas gracias red perfil conectar \
        gustaria encantaria
        """,
        // Portuguese
        """
        eu voce nos meu minha seu sua o a os as um uma e ou mas de do da dos das em no na nas com por para pelo pela sobre \
        sou somos foi tenho temos nao que como muito tambem me te se lhe rede perfil conectar gostaria obrigado obrigada ja
        """,
        // Dutch
        """
        ik je jij u wij we mijn jouw uw ons onze de het een en of maar te van in op aan met voor bij uit over naar is ben \
        zijn was heb hebben heeft niet ook graag dat die dit er hier zou wil kan netwerk leuk elkaar
        """,
        // Italian
        """
        io tu lei noi mio mia tuo tua suo sua il lo la i gli le un uno una e o ma di del della dei a al alla da in nel \
        nella con su per tra fra che non sono sei siamo ho hai abbiamo ha molto anche mi ti ci si rete profilo piacere \
        vorrei grazie l' un' dell' all' nell' c'
        """,
    ]

    /// Frequent words of other languages written in the Latin script, two letters or more
    /// (single letters are words of the seven too), and none that is also an English word or
    /// a common name ("pro", "he", "dan", "ali").
    private static let otherLanguages: [String] = [
        // Polish
        """
        sie nie jest ze jak czy mnie ciebie cie twoj twoja twoje twojego bardzo bylo byl byla dla przez jestem mam mamy na \
        do to od za jako tez juz ktory ktora ktore moj moja moje moich moim naszej nasz nasza bedzie \
        chcialbym chcialabym dodac sieci kontaktow razem tu tutaj fajnie milo czesc witam dzien dobry dziekuje pozdrawiam \
        pracowalismy pracowalam pracowalem poznalismy poznalysmy
        """,
        // Czech and Slovak
        """
        je na ze to jsem jsme som sme do jak ako ale vas vam jste ste byl byla bola bylo bolo bych by rad \
        rada velmi tiez mne tvuj vase svuj sve sit kontaktu kde jsi za diky dekuji ahoj dobry \
        moc tady mela mel spolu
        """,
        // Swedish
        """
        och att jag pa for med som inte av till vi du mig dig din ditt mitt en ett kan vill garna skulle \
        vara hej tack natverk tillsammans ocksa mycket
        """,
        // Danish and Norwegian
        """
        og jeg er pa for med som ikke af av til vi du mig meg dig deg din dit ditt mitt en et kan vil gerne \
        gjerne ville vaere hej hei takk netvaerk nettverk sammen ogsa meget mye
        """,
        // Finnish
        " ei etta olen olet oli kanssa mina sina han tama sinun minun hyvin myos haluaisin verkostooni",
        // Turkish
        """
        ve bir bu icin ile cok ben sen siz biz gibi ama olarak sizi sizinle seni benim sizin gore daha en yok \
        tesekkurler merhaba selam iyi gunler birlikte sirketi istiyorum eklemek agima profesyonel memnun olurum tanistik \
        calistik
        """,
        // Romanian
        """
        in la cu pe ca este sunt un ce pentru mai foarte fost nu din vreau doresc retea reteaua \
        despre mult buna multumesc impreuna salut
        """,
        // Hungarian
        """
        az es hogy nem is egy van vagyok vagy volt meg mar csak szeretnem szeretnelek kapcsolat halozatomhoz szia udv \
        koszonom egyutt
        """,
        // Indonesian and Malay
        """
        yang di ke dari saya anda kami kita ini itu untuk dengan pada sangat juga ingin menambahkan menambah jaringan \
        rangkaian tidak ada akan bisa halo terima kasih bersama senang
        """,
        // Vietnamese
        """
        cua la toi chung duoc khong voi cho trong nay mot nhung cac muon ket noi chao em cung roi \
        rat vui cam nhe tung se
        """,
        // Tagalog
        "ng na ako ikaw mo ko at kita siya mga ay kung naman kumusta salamat",
        // Croatian, Serbian, Bosnian
        "je na za od smo ste vas vam bio bila kao bok pozdrav hvala zajedno",
    ]

    private static let oursCount = ours.count
    /// German's place in `ours`.
    private static let german = 1

    private static let languageCount = ours.count + otherLanguages.count

    private static let table: ByteTable<UInt32> = {
        var masks: [String: UInt32] = [:]
        for (index, words) in (ours + otherLanguages).enumerated() {
            for word in words.split(whereSeparator: \.isWhitespace) { masks[String(word), default: 0] |= 1 << index }
        }
        return ByteTable(masks.map { (Array($0.key.utf8), $0.value) })
    }()
}
