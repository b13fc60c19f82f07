import Foundation

/// What a claim pattern names, and where the name stands relative to the matched words.
enum EntityRole: String, Sendable {
    case company, school, group, person, event
    /// Where the note says you were: "your team at Helio was our client".
    case yourEmployer = "your_employer"
}

struct EntitySlot: Sendable {
    /// After the matched words, before them, or inside them ("fellow Dutch Postgres Users Group member");
    /// `beforeAside`: before the comma or parenthesis that opens them ("Lukas Wagner, a mutual contact,").
    enum Side: Sendable { case after, before, beforeAside, inside }
    let role: EntityRole
    let side: Side
    /// Without a name the match is no claim (a "mutual friend" nobody names is not a claim).
    let required: Bool
    /// Only a capitalised name counts (the words after "I just joined" are too often "a startup").
    let strict: Bool
}

/// One way of saying a relationship claim, matched against folded note text (lower case, no
/// accents, single spaces). Patterns are data: a new phrasing is a new line here. The literal
/// text it cannot match without is worked out from it (`RequiredFragments`), so notes without
/// it skip the regex; a test fails for a pattern that yields none.
struct ClaimPattern: @unchecked Sendable {
    let kind: ClaimKind
    let pattern: String
    let regex: NSRegularExpression
    let entity: EntitySlot?
    /// Words that claim a relationship only when the records back them: "I'm at Northwind too"
    /// says you are colleagues if you work at Northwind, and nothing if Northwind is where they
    /// are this week. Never false, never a reason on its own.
    let onlyIfBacked: Bool

    init(_ kind: ClaimKind, _ pattern: String, _ entity: EntitySlot? = nil, onlyIfBacked: Bool = false) {
        self.kind = kind
        self.pattern = pattern
        // The patterns are constants of this file; a typo is a programming error caught by tests.
        self.regex = try! NSRegularExpression(pattern: pattern, options: [])
        self.entity = entity
        self.onlyIfBacked = onlyIfBacked
    }
}

private func after(_ role: EntityRole, required: Bool = false, strict: Bool = false) -> EntitySlot {
    EntitySlot(role: role, side: .after, required: required, strict: strict)
}

private func before(_ role: EntityRole) -> EntitySlot {
    EntitySlot(role: role, side: .before, required: true, strict: true)
}

private func beforeAside(_ role: EntityRole) -> EntitySlot {
    EntitySlot(role: role, side: .beforeAside, required: true, strict: true)
}

private func inside(_ role: EntityRole, required: Bool = false) -> EntitySlot {
    EntitySlot(role: role, side: .inside, required: required, strict: true)
}

enum ClaimPatterns {
    static let all: [ClaimPattern] = colleague + ifBacked + classmate + studiedTogether + friend + business + met + group + sharedConnection

    /// The patterns in the order the extractor tries them: kind by kind, each kind as listed.
    static let ordered: [ClaimPattern] = ClaimKind.allCases.flatMap { kind in all.filter { $0.kind == kind } }

    /// Which of `ordered` can match a note: most notes make no claim, and one pass over the
    /// text for the patterns' literal fragments tells so. (An ICU alternation of the patterns
    /// cost more than running them one by one: it tries every branch at every position.)
    static let prefilter = LiteralPrefilter(ordered.map(\.pattern))

    /// Not someone else's colleague: "your former colleagues at Helio", "my former colleague
    /// at SAP", "two former teammates".
    private static let someoneElses = #"(?<!your |my |our |his |her |their |any |of |the |some |several |many |two |three |four |other |all )"#
    /// Not a meeting of the sender's team: "wir haben uns im Team …", "… mit Ihrem CTO getroffen".
    private static let sendersTeam = #"(?!(?:\S+ ){0,5}(?:im team|intern|mit ihrem|mit ihrer|mit deinem|mit deiner)\b)"#

    static let colleague: [ClaimPattern] = [
        ClaimPattern(.colleague, #"\bwe(?:'ve| have)? (?:worked|collaborated) together\b"#),
        ClaimPattern(.colleague, #"\bwe (?:worked|collaborated) together on (?:the )?"#, after(.company, strict: true)),
        ClaimPattern(.colleague, #"\bi was (?:an? (?:\S+ )?(?:intern|trainee|student|contractor|engineer|developer|consultant) )?(?:on|in) your (?:\S+ ){0,2}team at "#, after(.company, strict: true)),
        ClaimPattern(.colleague, #"\bwe overlapped (?:at|in) "#, after(.company)),
        ClaimPattern(.colleague, #"\bwe shared (?:a desk|an office|a team|a cubicle|a floor|an office) (?:at|in) "#, after(.company)),
        ClaimPattern(.colleague, #"\bi'?m a (?:new )?(?:colleague|coworker|teammate) (?:from|at) "#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:ex|former)-\S+ (?:colleague|coworker|co-worker|teammate)s?\b"#, inside(.company)),
        ClaimPattern(.colleague, #"\byou (?:were|used to be) my (?:manager|boss|lead|team lead|colleague|mentor) (?:at|in) "#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:we|(?<!and )i) (?:used to |have |had |once )?(?:worked|work|were working|collaborated|overlapped) (?:together|alongside each other|side by side|with you)(?: for (?:a few |\w+ )?(?:years?|months?))? (?:at|for|in|back at|back in|on the \S+ team at) "#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:worked|working|collaborated|collaborating) (?:with|alongside) you (?:at|for|back at|back in|in) "#, after(.company)),
        // Not someone else's ("your former colleagues at Helio", "my former colleague at SAP").
        ClaimPattern(.colleague, someoneElses + #"\b(?:former|ex|old|fellow|previous|past|ex-) ?(?:colleague|coworker|co-worker|teammate|team mate)s?(?: of yours)? (?:from|at) "#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:i'?m|i am) your (?:former |old |ex-? ?)(?:colleague|coworker|co-worker|teammate) (?:from|at) "#, after(.company)),
        ClaimPattern(.colleague, #"\bi was your (?:former |old )?(?:colleague|coworker|co-worker|teammate|team mate|manager|boss|intern) (?:at|in|from|back at|back in) "#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:we )?both (?:ended up|landed|wound up) (?:working )?(?:at|with) "#, after(.company, required: true, strict: true)),
        ClaimPattern(.colleague, #"\b(?:former|ex|old|previous|past|ex-) ?(?:colleague|coworker|co-worker|teammate|team mate)s?\b(?! of (?!yours))"#),
        ClaimPattern(.colleague, #"\b(?:we|you and i) (?:were|are|used to be) (?:colleagues|coworkers|co-workers|teammates|on the same team|in the same (?:team|department|office|squad))(?: (?:at|in|for) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\bwe (?:both )?(?:work|worked) (?:at|for) "#, after(.company, strict: true)),
        ClaimPattern(.colleague, #"\bi(?:'ve| have)? (?:just |recently )?joined "#, after(.company, required: true, strict: true)),
        ClaimPattern(.colleague, #"\b(?:i'm|i am|as) your (?:new |former |old )?(?:colleague|coworker|teammate)\b"#),
        ClaimPattern(.colleague, #"\byou (?:were|used to be) my (?:manager|boss|lead|team lead|colleague|mentor)\b"#),
        ClaimPattern(.colleague, #"\bi (?:was|used to be) (?:your|in your|on your) (?:manager|boss|team|report|intern)\b"#),
        // German, French, Spanish, Portuguese, Dutch, Italian
        ClaimPattern(.colleague, #"\b(?:wir haben|ich habe mit (?:dir|ihnen)) (?:\S+ )?(?:zusammen |gemeinsam )?bei "#, after(.company, required: true)),
        ClaimPattern(.colleague, #"\bwir haben (?:zusammen|gemeinsam) in (?=(?:\S+ ){1,5}gearbeitet\b)"#, after(.company)),
        ClaimPattern(.colleague, #"(?<!ihre |ihrer |ihren |deine |deiner |deinen |meine |meiner |meinen |mein |unsere |unserer |einige |viele |zwei |drei )\b(?:ehemalige[rnm]?|fruhere[rnm]?|alte[rnm]?) (?:kollege|kollegin|kollegen)\b(?: (?:bei|von) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\bwir waren (?:kollegen|kolleginnen)\b(?: bei )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:nous avons|on a|j'ai) (?:travaille|bosse) (?:ensemble |avec vous |avec toi )?(?:chez|a|au) |\b(?:nous travaillions|on travaillait|on bossait) ensemble (?:chez|a|au) "#, after(.company)),
        ClaimPattern(.colleague, #"(?<!vos |tes |mes |nos |ses |leurs |des |deux |trois |plusieurs )\b(?:ancien|ancienne|ex) ?-?collegues?\b(?: (?:chez|de) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:nous etions|nous sommes|on etait) collegues\b(?: chez )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:trabajamos|hemos trabajado|trabajabamos) junt[oa]s (?:en|para) "#, after(.company)),
        ClaimPattern(.colleague, #"(?<!tus |sus |mis |nuestros |varios |dos |tres )\b(?:ex|antiguo|antigua) ?-?(?:companer[oa]|colega) de trabajo\b(?: en )?"#, after(.company)),
        ClaimPattern(.colleague, #"\bfuimos (?:companer[oa]s|colegas)\b(?: (?:de trabajo )?en )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:trabalhamos|trabalhavamos) junt[oa]s (?:na|no|em) "#, after(.company)),
        ClaimPattern(.colleague, #"(?<!teus |seus |meus |nossos |vários |varios |dois |tres )\b(?:ex|antigo|antiga) ?-?colega(?: de trabalho)?\b(?: (?:na|no|da|do) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\bfomos colegas\b(?: (?:de trabalho )?(?:na|no) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:we|wij) hebben (?:\S+ )?(?:samen ?gewerkt|samengewerkt) (?:bij|in) "#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:oud|ex)-?collega van (?:je|jou|u) (?:bij|van) "#, after(.company)),
        ClaimPattern(.colleague, #"(?<!je |jouw |uw |mijn |onze |zijn |haar |een paar |enkele |twee |drie )\b(?:oud|ex)-?collega(?:'s)?\b(?: (?:bij|van) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:we|wij) hebben (?:\S+ )?samen bij (?=(?:\S+ ){1,5}gewerkt\b)"#, after(.company, required: true, strict: true)),
        ClaimPattern(.colleague, #"\b(?:we|wij) waren (?:toch |ooit |vroeger )?(?:collega'?s|teamgenoten)\b(?: bij )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:abbiamo|ho) lavorato insieme (?:in|da|presso|a|alla|al|nella|nel) "#, after(.company)),
        ClaimPattern(.colleague, #"(?<!tuoi |tuo |suoi |suo |miei |mio |nostri |alcuni |due |tre )\b(?:ex|vecchi[oa]) ?-?colleg(?:a|hi)\b(?: (?:in|da|presso) )?"#, after(.company)),
        ClaimPattern(.colleague, #"\b(?:eravamo|siamo stat[ie]) colleg(?:hi|he)\b(?: (?:in|da|presso) )?"#, after(.company)),
        // The same team, department or office somewhere: "eravamo nello stesso reparto da Yoox".
        ClaimPattern(.colleague, #"\b(?:wir waren|wir arbeiteten) (?:doch |damals )?(?:im selben|im gleichen|in derselben|in der gleichen) (?:team|abteilung|buro) (?:bei|von) |\b(?:on partageait|nous partagions|on etait dans|nous etions dans) (?:le meme|la meme) (?:open space|bureau|equipe|service|departement|plateau) (?:chez|a|au) |\b(?:estabamos|trabajabamos|estuvimos) en el mismo (?:equipo|departamento|proyecto) (?:en|de) |\b(?:estavamos|trabalhavamos|estivemos) (?:na mesma (?:equipa|equipe)|no mesmo (?:departamento|time|projeto)) (?:na|no|em|da|do) |\b(?:eravamo|lavoravamo|siamo stat[ie]) nello stesso (?:reparto|team|ufficio|dipartimento|progetto) (?:da|in|presso|alla|al|a) |\b(?:we|wij) zaten (?:in hetzelfde team|op dezelfde afdeling) bij "#, after(.company, required: true, strict: true)),
    ]

    /// The sender says where they work or study, or where they come from: a colleague or
    /// classmate claim when it is one of your employers or schools, no claim otherwise ("I'm at
    /// KubeCon too", "I work at Amazon").
    static let ifBacked: [ClaimPattern] = [
        #"\b(?:i'?m|i am) (?:also |now |currently ){0,2}(?:(?:on|in|with) the (?:\S+ ){0,2}team )?(?:at|with) "#,
        #"\bi was (?:an? (?:\S+ )?\S+ )?(?:on|in) the (?:\S+ ){0,2}team at "#,
        #"\bwe were both (?:on|in) the (?:\S+ ){0,2}team at "#,
        // "I was a junior analyst at Brightline when you were there".
        #"\bi was an? (?:\S+ ){1,2}at (?=(?:\S+ ){1,4}when you were (?:there|at)\b)"#,
        #"\bik ben (?:sinds kort |net |onlangs |pas )?begonnen bij "#,
        // "I left Brightwell last year": where they worked, which may be where you did.
        #"\bi (?:just |recently |only )?left "#,
        #"\b(?:yo )?entre (?:a trabajar )?en "#,
        #"\bi (?:also |too |now |used to |previously |once )?(?:work|worked) (?:also |too )?(?:at|for) "#,
        // "Tom here from", not "you here from" or "got here from".
        #"\b(?<!you |me |got |get |came |come |found |find |see |new |i'm |i am )here from (?:the )?"#,
        #"\b(?:it'?s|this is) \S+ from (?:the )?"#,
        // "Markus from Helio here."
        #"\b\S+ from (?:the )?(?=(?:\S+ ){1,4}here\b)"#,
        // "I'm Tom from the Helio days" (not "I'm Sarah from Northwind IT, please verify…").
        #"\b(?:i'?m|i am) \S+ from (?:the |our )?(?=(?:\S+ ){1,3}(?:days|times|era)\b)"#,
        #"\bich bin (?:auch |ebenfalls |jetzt |seit kurzem |inzwischen |neu ){0,3}bei "#,
        #"\bich arbeite (?:auch |ebenfalls |jetzt |seit kurzem |inzwischen ){0,3}(?:bei|fur) "#,
        #"\bik (?:werk|zit) (?:ook |nu |sinds kort |inmiddels |tegenwoordig ){0,3}bij "#,
        #"\bje travaille (?:aussi |egalement |moi aussi |desormais )?chez "#,
        #"\bje suis (?:aussi|egalement|moi aussi) chez "#,
        // With a subject or "también": "tu trabajo en Northwind" is their work, not where they work.
        #"\b(?:yo (?:tambien )?|tambien )trabajo (?:tambien )?en "#,
        #"\b(?:eu (?:tambem )?|tambem )trabalho (?:tambem )?(?:na|no|em) "#,
        #"\b(?:io|anch'io|anche io) lavoro (?:anche )?(?:in|da|presso|per|alla|al) "#,
        #"\blavoro anche (?:in|da|presso|per|alla|al) "#,
        // Present tense: "somos colegas de profesión" says nothing of an employer.
        #"\bwir sind kollegen bei "#,
        #"\bsomos (?:companeros|colegas) (?:de trabajo )?en "#,
        #"\bsomos colegas (?:de trabalho )?(?:na|no|em) "#,
        #"\b(?:we|wij) zijn collega'?s bij "#,
        #"\bsiamo colleghi (?:in|da|presso) "#,
    ].map { ClaimPattern(.colleague, $0, after(.company, required: true, strict: true), onlyIfBacked: true) }
        + [ClaimPattern(.classmate, #"\b(?:i'?m|i am) (?:also |now )?(?:a |an )?(?:\S+ )?(?:student|graduate|grad|alum|alumnus|alumna|phd candidate) (?:at|of|from) "#,
                        after(.school, required: true, strict: true), onlyIfBacked: true),
           // "I'm doing my M.Sc. in Computer Science at FAU Erlangen (your alma mater!)".
           ClaimPattern(.classmate, #"\b(?:i'?m|i am) (?:currently |now )?(?:doing|studying for|finishing|completing|writing|pursuing) (?:my|a|an) (?:\S+ ){1,5}at "#,
                        after(.school, required: true, strict: true), onlyIfBacked: true),
           // "Studied at Edinburgh too", not "I see you studied at Edinburgh".
           ClaimPattern(.classmate, #"\b(?<!you )(?<!you've )(?<!you have )(?:i )?(?:also )?(?:graduated|studied) (?:at|from|in) |\b(?:tambem )?estudei (?:na|no|em) |\b(?:tambien )?estudie en (?:la |el )?|\bj'ai (?:aussi |egalement )?etudie (?:a|au|a la) |\b(?:anch'io )?ho studiato (?:a|al|alla|presso) "#,
                        after(.school, required: true, strict: true), onlyIfBacked: true),
           // "Former Brightline colleague here": not "your former Helio colleagues" (a recruiter's),
           // "my former Oracle colleague Jonas" (someone else's) or "colleague of Wouter".
           ClaimPattern(.colleague, someoneElses + #"\b(?:former|ex|old) (?:[^\s.,;:!?]+ ){1,3}(?:colleague|coworker|co-worker|teammate)\b(?! of\b)"#,
                        inside(.company, required: true), onlyIfBacked: true),
           // "As an ex-Helio, …", "Ex-Northwind here": where they worked, which may be where you did.
           ClaimPattern(.colleague, #"\b(?:as an?|fellow|another|i'?m an?|i am an?) (?:ex|former)-\S+|(?:^|(?<=[,.!?] ))(?:ex|former)-\S+ (?:here|too|as well)\b"#,
                        inside(.company, required: true), onlyIfBacked: true)]
        // "We were at Helio together", "we were both at Edinburgh Uni": an employer or a school
        // of yours, whichever it is; nothing otherwise.
        + [ClaimKind.colleague, .classmate].map { kind in
            ClaimPattern(kind, togetherAt + (kind == .classmate ? notASchool : ""),
                         after(kind == .colleague ? .company : .school, required: true, strict: true), onlyIfBacked: true)
        }
        // The same in French: "nous étions ensemble à KU Leuven".
        + [ClaimKind.colleague, .classmate].map { kind in
            ClaimPattern(kind, #"\b(?:nous etions|on etait) (?:tous les deux |toutes les deux |ensemble )(?:a la |au |a |chez )"#,
                         after(kind == .colleague ? .company : .school, required: true, strict: true), onlyIfBacked: true)
        }

    /// The words that make a name a school's: "we were at Glasgow Uni together" claims a
    /// school, "we were at Helio together" an employer or a school, whichever is yours.
    private static let schoolWord = #"(?:uni|tu|university|universiteit|universitat|universite|universidad|universidade|universita|college|polytechnic|politecnico|hochschule|school|academy)"#
    private static let aSchool = #"(?=(?:\S+ ){0,3}"# + schoolWord + #"\b)"#
    private static let notASchool = #"(?!(?:\S+ ){0,3}"# + schoolWord + #"\b)"#
    /// Where both were, an employer or a school: "we were at Helio together", "I remember you
    /// from Brightline", "wir waren beide bei der Helio", "we zaten samen op de TU Delft".
    private static let togetherAt = #"\b(?:we (?:were both at|were at(?= (?:\S+ ){1,4}together\b)|overlapped briefly at) (?:the )?|i remember you from (?:the )?|wir waren (?:beide|zusammen|gemeinsam) (?:bei|an) (?:der |dem )?|(?:we|wij) zaten (?:samen |allebei |beiden? )?(?:op|bij|aan) (?:de |het )?)"#

    static let classmate: [ClaimPattern] = [
        ClaimPattern(.classmate, togetherAt + aSchool, after(.school, required: true, strict: true)),
        ClaimPattern(.classmate, #"\bwe were both (?:in|on) the (?:\S+ ){0,3}(?:programme|program|course|class|cohort|masters?|master's|degree|year) (?:at|in) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:we|wij) studeerden (?:allebei |samen |beiden? )?(?:aan|op|in) (?:de |het )?"#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:coincidimos|estudiamos|estuvimos) (?:junt[oa]s )?en (?:la |el )?"# + aSchool, after(.school, required: true, strict: true)),
        ClaimPattern(.classmate, #"\bwe (?:did|do) (?:our|a|the) (?:\S+ )?(?:masters?|master's|bachelors?|bachelor's|phd|degrees?|mba|msc|bsc|studies|thesis|exchange|erasmus|undergrad) together (?:at|in) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:dans )?la meme promo(?:tion)? (?:a la |au |a |de )"#, after(.school, required: true, strict: true)),
        ClaimPattern(.classmate, #"\bwe (?:studied|went to school|went to university|went to uni) together\b"#),
        ClaimPattern(.classmate, #"\bi was in your (?:\S+ ){0,3}(?:course|class|seminar|lecture|cohort|year|group|lab) (?:at|in) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:in|from) the same (?:\S+ )?(?:class|cohort|program|programme|course|year|lab|dorm|halls?)\b(?: (?:at|in) )?"#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:classmate|classmates|class mate|grads)\b"#, before(.school)),
        ClaimPattern(.classmate, #"\bfellow (?:\S+ ){1,4}(?:graduate|student|alum|alumna|alumnus|alumni|grad)s?\b"#, inside(.school, required: true)),
        ClaimPattern(.classmate, #"\b(?:we|i) (?:studied|were at school|were at uni|were at university|went to school|went to university|went to uni|took classes) together (?:at|in) "#, after(.school)),
        ClaimPattern(.classmate, #"\bwe (?:both )?(?:studied|graduated) (?:at|from) "#, after(.school)),
        ClaimPattern(.classmate, #"\bi (?:also|too) (?:studied|graduated) (?:at|from) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:fellow|former|old|ex) (?:classmate|class mate|alum|alumna|alumnus|alumni|student|grad|graduate)s? (?:of|from|at) "#, after(.school)),
        ClaimPattern(.classmate, #"\bfellow (?:(?:19|20)\d\d )?(?:cohort|intake|batch|class|year)(?: member)? (?:at|of|from) "#, after(.school, required: true, strict: true)),
        ClaimPattern(.classmate, #"\b(?:fellow|former|old|ex) (?:classmate|class mate|alumna|alumnus|student|grad|graduate)s?\b(?! (?:of|from|at) )"#),
        ClaimPattern(.classmate, #"\b(?:alum|alumna|alumnus|alumni|grad)\b"#, before(.school)),
        ClaimPattern(.classmate, #"\b(?:we were )?(?:classmates|class mates|in the same class|in the same cohort|in the same program|in the same course)\b(?: (?:at|in|from) )?"#, after(.school)),
        ClaimPattern(.classmate, #"\bclass of (?:19|20)\d\d\b"#),
        // The verb ends the clause: "wir haben zusammen in Berlin gearbeitet" is about work.
        ClaimPattern(.classmate, #"\bwir haben (?:zusammen|gemeinsam|beide) (?:an der|an dem|am|in|an) (?=(?:\S+ ){1,6}(?:studiert|promoviert|absolviert|master|bachelor|abschluss|diplom|studium|mba|abitur)\b)"#, after(.school)),
        ClaimPattern(.classmate, #"\bwir waren (?:zusammen|gemeinsam) (?:an der|auf der|in der|am|im|auf dem) (?:uni|universitat|hochschule|fh|tu|schule|gymnasium)\b"#),
        ClaimPattern(.classmate, #"\b(?:kommiliton(?:e|in|en|innen)|studienkolleg(?:e|in|en|innen)|mitschuler(?:in|innen)?)\b(?: (?:an der|an dem|am|der|von der|aus der) )?"#, after(.school, strict: true)),
        ClaimPattern(.classmate, #"\bnous avons (?:etudie|fait nos etudes) ensemble (?:a l'|a|au|chez) ?"#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:camarade de (?:classe|promo|promotion)|ancien eleve|ancienne eleve|meme promo)\b"#),
        ClaimPattern(.classmate, #"\b(?:estudiamos|hemos estudiado) junt[oa]s (?:en la|en el|en) "#, after(.school)),
        ClaimPattern(.classmate, #"\bcompaner[oa]s? de (?:clase|universidad|carrera|estudios)\b"#),
        ClaimPattern(.classmate, #"\bcompartimos (?:clase|aula|carrera|master|promocion) (?:en|de) (?:la |el )?|\beramos de la misma (?:clase|promocion|promo|generacion|carrera) (?:en|de) (?:la |el )?"#, after(.school, required: true, strict: true)),
        ClaimPattern(.classmate, #"\b(?:eramos|estavamos|fomos) (?:da|na) mesma turma (?:na|no|em|da|do) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:estudamos|estudavamos) junt[oa]s (?:na|no|em) "#, after(.school)),
        ClaimPattern(.classmate, #"\bcolegas? de (?:turma|faculdade|classe|curso)\b"#),
        ClaimPattern(.classmate, #"\bsamen gestudeerd (?:aan|op|in) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:we|wij) hebben samen (?:aan|op|in) "#, after(.school)),
        ClaimPattern(.classmate, #"\b(?:studiegeno(?:ot|te)n?|klasgeno(?:ot|te)n?|jaargeno(?:ot|te)n?)\b(?: (?:van|op|aan|bij) (?:de |het )?)?"#, after(.school, strict: true)),
        ClaimPattern(.classmate, #"\babbiamo studiato insieme (?:all'|alla|al|a|presso|in) ?"#, after(.school)),
        ClaimPattern(.classmate, #"\bcompagn[oia] di (?:classe|universita|corso|studi)\b"#),
    ]

    /// "We did our masters together at Delft" in the other languages.
    static let studiedTogether: [ClaimPattern] = [
        #"\babbiamo fatto (?:il |la |lo |l')?(?:master|magistrale|laurea|dottorato|erasmus|triennale)(?: \S+)? insieme (?:a|al|alla|presso|in) "#,
        #"\bhicimos (?:el|la) (?:master|maestria|carrera|grado|doctorado|erasmus) (?:\S+ )?junt[oa]s en (?:la |el )?"#,
        #"\bfizemos (?:o|a) (?:mestrado|licenciatura|doutoramento|doutorado|erasmus|faculdade) (?:\S+ )?junt[oa]s (?:na|no|em) "#,
        #"\bon a fait (?:notre|nos|le|la) (?:master|licence|these|erasmus|etudes) (?:\S+ )?ensemble (?:a la |au |a )"#,
        #"\bwir haben (?:zusammen|gemeinsam) (?:den|unseren|unser) (?:master|bachelor|abschluss|mba) (?:an der|an dem|am|in) "#,
        #"\b(?:we|wij) hebben samen (?:onze|de|het) (?:master|bachelor|studie|opleiding) (?:aan|in|op) (?:de |het )?"#,
    ].map { ClaimPattern(.classmate, $0, after(.school)) }

    static let friend: [ClaimPattern] = [
        ClaimPattern(.friend, #"\bas (?:old |good |close )?friends\b"#),
        ClaimPattern(.friend, #"\b(?:hi|hello|hey|dear) (?:my )?(?:old |dear |good )?friend\b"#),
        ClaimPattern(.friend, #"\bmy (?:dear |good |old |close )?friend[,!.]"#),
        ClaimPattern(.friend, #"\byour (?:old |good |dear |close )?friend\b(?! of)"#),
        ClaimPattern(.friend, #"\bold friends\b|\bwe became friends\b|\bold friend[,!.]"#),
        ClaimPattern(.friend, #"\bas (?:a|your) (?:good |close |old )?(?:friend|pal|buddy)\b(?! of)"#),
        ClaimPattern(.friend, #"\b(?:we are|we're|we have been|we've been|we were) (?:good |old |close |long ?time )?(?:friends|pals|buddies)\b"#),
        ClaimPattern(.friend, #"\b(?:adding|add|added|invite|inviting) you as a friend\b"#),
        ClaimPattern(.friend, #"\bi'?m (?:your |an old |a good |a close )?friend\b(?! of)"#),
        ClaimPattern(.friend, #"\b(?:friends|friend) (?:from|since) (?:school|college|university|uni|way back|years ago|childhood)\b"#),
        ClaimPattern(.friend, #"\b(?:als (?:dein|ihr) freund(?:in)?|wir sind (?:gute |alte )?freunde)\b"#),
        ClaimPattern(.friend, #"\b(?:en tant qu'ami(?:e)?|nous sommes (?:des )?amis|comme ami(?:e)?)\b"#),
        ClaimPattern(.friend, #"\b(?:como (?:tu |su |seu |sua )?amig[oa]|somos amig[oa]s)\b"#),
        ClaimPattern(.friend, #"\b(?:als (?:je |jouw )?vriend(?:in)?|we zijn (?:goede |oude )?vrienden)\b"#),
        ClaimPattern(.friend, #"\b(?:come (?:tuo |tua )?amic[oa]|siamo amici)\b"#),
    ]

    static let business: [ClaimPattern] = [
        // "Your team at Helio was one of our biggest customers", "Ihr Team bei Parcelwise war unser Kunde".
        ClaimPattern(.business, #"\byour (?:team|company|department|org|organisation|organization|group) (?:at|in) (?=(?:\S+ ){1,5}(?:was|were|has been|have been) (?:one of |a |an )?(?:our|my) (?:\S+ )?(?:clients?|customers?)\b)"#, after(.yourEmployer, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:ihr|euer|dein) (?:team|unternehmen) (?:bei|von) (?=(?:\S+ ){1,5}(?:war|waren) (?:\S+ ){0,2}(?:unser|unsere) (?:kunde|kunden|kundin|auftraggeber)\b)"#, after(.yourEmployer, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:era|erano|eravate|e stato|siete stati) (?:un |uno dei |tra i )?(?:nostro|nostra|nostri) client[ei]\b|\b(?:war|waren|wart) (?:\S+ ){0,2}(?:unser|unsere) (?:kunde|kunden|kundin|auftraggeber)\b|\b(?:vous etiez|tu etais|etait|etaient) (?:un de |l'un de )?(?:nos|notre) clients?\b|\b(?:erais|eras|era|eran|fuisteis|fueron|fue) (?:uno de )?(?:nuestro|nuestra|nuestros) client[ea]s?\b|\b(?:eras|era|eram|foram|foi) (?:um dos )?(?:nosso|nossa|nossos) client[ea]s?\b|\b(?:waren|was) (?:jullie |u |je )?(?:klant|klanten) (?:van|bij) ons\b"#),
        // Work done for your team somewhere: "we ran the rollout for your team at Just Eat".
        ClaimPattern(.business, #"\b(?:ran|built|did|delivered|implemented|set up|migrated|handled|supported|audited|rolled out|reseller|supplier|vendor) (?:\S+ ){0,5}for your (?:team|company|department) (?:at|in) "#, after(.yourEmployer, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:wir haben|ich habe) (?:\S+ ){0,4}fur (?:ihr|dein|euer) (?:team|unternehmen) (?:bei|von) (?=(?:\S+ ){1,6}\S*(?:aufgebaut|umgesetzt|eingefuhrt|migriert|implementiert|geliefert|betreut|gebaut|entwickelt|durchgefuhrt|realisiert)\b)"#, after(.yourEmployer, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:van|voor) (?:jullie|je|uw|jouw) team bij (?=(?:\S+ ){1,6}(?:ingericht|gebouwd|geleverd|opgezet|gemigreerd|geimplementeerd|begeleid|gedaan)\b)"#, after(.yourEmployer, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:a|avons|ai) (?:accompagne|aide|equipe|livre|outille|migre|audite) (?:la votre|votre equipe|ton equipe|la tienne) chez "#, after(.yourEmployer, required: true, strict: true)),
        // "Being your vendor at Philips", "picking us as your SRE partner while you were at
        // Spotify", "nous étions votre prestataire quand vous dirigiez l'équipe chez Thales".
        ClaimPattern(.business, #"\b(?:being|been|was|were|us as) your (?:\S+ )?(?:vendor|supplier|partner|contractor|provider|agency|consultants?|consultancy|reseller|integrator) (?:at|while you were at|when you were at|during your time at) |\b(?:nous etions|j'etais|on etait) (?:votre|ton) (?:\S+ )?(?:prestataire|fournisseur|partenaire|consultant|integrateur)s? (?:\S+ )?(?:chez|(?:quand|lorsque) (?:vous|tu) (?:\S+ ){1,5}chez) |\b(?:ser|fuimos|fui|eramos|era) (?:los |el |la )?(?:proveedor(?:es|a)?|socios?|consultores?|partners?) de (?:tu|su) (?:equipo|departamento|empresa|area) en |\b(?:prestar|prestamos|prestei|fornecer|fornecemos) (?:\S+ ){0,2}(?:a|para a) (?:sua|tua) (?:equipa|equipe|empresa|area|departamento) (?:na|no|em) "#, after(.yourEmployer, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:wij|we) (?:leveren|leverden|hebben) (?:\S+ ){0,5}(?:aan|geleverd aan) "#, after(.company, required: true, strict: true), onlyIfBacked: true),
        // A supplier's list of customers says nothing of you, unless the customer is your employer.
        ClaimPattern(.business, #"\bwe(?:'ve| have)? been (?:supplying|serving|supporting|advising|working with) "#, after(.company, required: true, strict: true), onlyIfBacked: true),
        ClaimPattern(.business, #"\b(?:you've|you have|you) (?:already |previously )?(?:done|did) business with\b"#),
        ClaimPattern(.business, #"\b(?:we (?:have )?(?:partnered|collaborated)|our (?:team|company|firm|agency)(?: at \S+(?: \S+)?)? (?:has |have )?(?:partnered|worked|collaborated)) with "#, after(.company, required: true, strict: true)),
        ClaimPattern(.business, #"\bour (?:firm|company|agency|team|consultancy) (?:audited|supported|served|worked for|supplied|delivered|built|implemented|has worked with) (?:you|your)\b"#),
        // Whom a supplier served says nothing of you, unless it was your employer: "our company
        // supplied Helio Systems", "Brightline was a client of ours when you were there".
        ClaimPattern(.business, #"\b(?:our|my) (?:firm|company|agency|team|consultancy|startup) (?:audited|supported|served|worked for|supplied|delivered|built|implemented|has worked with|provided) "#, after(.company, required: true, strict: true), onlyIfBacked: true),
        ClaimPattern(.business, #"\b(?:our|my) (?:firm|company|agency|team|consultancy|startup) (?:audited|supported|served|worked for|supplied|delivered|built|implemented|has worked with|provided) (?=(?:\S+ ){1,8}(?:while|when) you (?:were|worked) (?:there|at)\b)"#, after(.company, required: true, strict: true)),
        ClaimPattern(.business, #"\b(?:was|were|has been|have been) (?:a |an |one of )?(?:(?:our|my) (?:\S+ )?(?:clients?|customers?)|(?:client|customer)s? of (?:ours|mine))\b"#, before(.company), onlyIfBacked: true),
        ClaimPattern(.business, #"\b(?:fue|fuimos|fueron|era|eramos) (?:proveedor|proveedora|proveedores) de |\bha fornito (?:a|ad) "#, after(.company, required: true, strict: true), onlyIfBacked: true),
        ClaimPattern(.business, #"\bwe were (?:a |an |the )?(?:vendor|supplier|provider|partner|agency|contractor|consultants?) (?:to|for) "#, after(.company)),
        ClaimPattern(.business, #"\b(?:(?:you|your (?:\S+ )?(?:company|team|firm|employer|department)) (?:were|was|are|is|have been|has been)|being|been) (?:a |an |one of )?(?:client|customer)s? of (?:ours|mine)\b|\b(?:worked|work|working) with yours\b"#),
        ClaimPattern(.business, #"\bone of (?:our|my) (?:best |biggest |valued |favourite |favorite |long-?time )?(?:clients|customers)\b"#),
        ClaimPattern(.business, #"\b(?:partner|account|customer success|client) manager for "#, after(.company, strict: true)),
        ClaimPattern(.business, #"\bi'?m (?:the|your) (?:supplier|vendor|account manager|agent|broker|insurance agent)\b"#),
        ClaimPattern(.business, #"\b(?:nice|pleasure|great|good) doing business\b"#),
        ClaimPattern(.business, #"\byou (?:bought|purchased|ordered|signed up for|subscribed to) (?:\S+ ){0,4}(?:from|with) (?:me|us)\b"#),
        ClaimPattern(.business, #"\bwe (?:supported|served|helped|advised) your (?:team|company|firm)\b"#),
        ClaimPattern(.business, #"\bi (?:was|am) your (?:account manager|agent|broker|rep|representative|advisor|adviser) (?:at|for|when) "#, after(.company, strict: true)),
        ClaimPattern(.business, #"\bi (?:handled|managed) your (?:account|policy|insurance|portfolio) (?:at|when you were at|with) "#, after(.company)),
        ClaimPattern(.business, #"\bbusiness partners (?:through|via|at|in) (?:the )?"#, after(.company, strict: true)),
        ClaimPattern(.business, #"\babbiamo fatto affari (?:insieme )?(?:ai tempi di |con |presso )"#, after(.company)),
        ClaimPattern(.business, #"\b(?:we've|we have|we|you and i|i've|i have) (?:already |previously )?(?:done|did|do) (?:some )?business(?: together| with (?:you|each other|your company))?\b"#),
        ClaimPattern(.business, #"\b(?:worked|work|working|partnered) with your (?:company|team|firm|organisation|organization|business)\b"#),
        ClaimPattern(.business, #"\bi (?:handled|managed|handle|manage|took care of) your (?:account|policy|insurance|portfolio|file|order|claim)\b"#),
        ClaimPattern(.business, #"\byour (?:insurance|policy|account|order)(?: is| was)? with (?:us|me|our)\b"#),
        ClaimPattern(.business, #"\b(?:you|your company|your team) (?:were|are|was|is|have been) (?:a |one of )?(?:our|my) (?:valued )?(?:clients?|customers?)\b"#),
        ClaimPattern(.business, #"\b(?:we were|we are|we've been|i was) your (?:vendor|supplier|agency|provider|account manager|broker|agent|contractor)\b"#),
        ClaimPattern(.business, #"\b(?:we were|we are|we're|as) (?:former |past |trusted )?business partners\b"#),
        ClaimPattern(.business, #"\b(?:geschaftlich (?:zusammengearbeitet|miteinander zu tun)|geschaftspartner)\b"#),
        ClaimPattern(.business, #"\b(?:nous avons|on a) (?:deja )?fait des affaires\b"#),
        ClaimPattern(.business, #"\b(?:hemos hecho|hicimos) negocios\b"#),
        ClaimPattern(.business, #"\b(?:ja )?fizemos negocios?\b"#),
        ClaimPattern(.business, #"\b(?:zaken gedaan|zakenpartners?)\b"#),
        ClaimPattern(.business, #"\babbiamo fatto affari\b"#),
    ]

    static let met: [ClaimPattern] = [
        ClaimPattern(.met, #"\b(?:nice|great|good|lovely) (?:chatting|talking|meeting|speaking)\b"#),
        ClaimPattern(.met, #"\b(?:nice|great|good|lovely|fun) (?:catching up|to catch up|catch-up|chat|conversation)(?: (?:yesterday|today|tonight|earlier|this morning|last night|at|on|in|over|during)\b|!)"#),
        ClaimPattern(.met, #"\b(?:stopping|swinging|coming|dropping) by (?:our|the|my) (?:booth|stand|table)\b"#),
        ClaimPattern(.met, #"\b(?:became friends|got to know each other) (?:at|during|in)\b"#),
        ClaimPattern(.met, #"\bwe(?:'ve| have) met(?: before)?\b"#),
        ClaimPattern(.met, #"\bwe(?:'ve| have)? crossed paths\b|\bour paths (?:have )?crossed\b(?! for a reason| in (?:my|a|our) dreams?)"#),
        ClaimPattern(.met, #"\bsince our (?:\S+ ){1,2}days\b"#),
        ClaimPattern(.met, #"\bfoi (?:otimo|bom|um prazer|muito bom|incrivel) (?:te )?(?:conhecer|ver|conversar)"#),
        ClaimPattern(.met, #"\b(?:great|nice|good|lovely|wonderful|pleasure|fantastic|awesome|fun|cool|brilliant) (?:meeting|seeing|bumping into|running into|chatting with|talking (?:to|with)|speaking (?:to|with)|catching up with) you\b"#),
        ClaimPattern(.met, #"\b(?:was|it's been|has been|it was) (?:great|nice|good|lovely|a pleasure|wonderful|fantastic|awesome|a real pleasure) to (?:meet|see|chat with|talk (?:to|with)|speak (?:to|with)|finally meet) you\b"#),
        ClaimPattern(.met, #"\b(?:great|nice|good|lovely|a pleasure) to (?:meet|see|finally meet) you (?:at|during|yesterday|today|last|earlier|this|in person)\b|\b(?:great|nice|good|lovely) to (?:finally )?meet (?:in person|irl|at|yesterday|today|last)\b"#),
        ClaimPattern(.met, #"\bwe (?:just |briefly |recently |finally )?(?:met|spoke|talked|chatted) (?:at|during|on|in|yesterday|today|last|earlier|this|after|over|briefly|a while|for)\b"#),
        // "Met at the Dutch Go Day after-party": no subject, at the start of a sentence.
        ClaimPattern(.met, #"(?<![a-z'] )\bmet (?:at|during) "#),
        ClaimPattern(.met, #"\b(?:since|after|when) we (?:met|spoke|talked|chatted)\b"#),
        ClaimPattern(.met, #"\bwe both (?:spoke|presented) (?:at|during) "#),
        ClaimPattern(.met, #"\b(?:met|saw|heard) (?:you|u) (?:at|during|yesterday|last|earlier|this|speak at|speaking at|in person)\b"#),
        ClaimPattern(.met, #"\bi was (?:your|one of your) (?:former )?(?:students?|mentees?)\b(?!')"#),
        ClaimPattern(.met, #"\b(?:following up|follow up|following) (?:on|from) our (?:call|chat|meeting|conversation|talk|discussion|coffee|lunch|exchange)\b"#),
        ClaimPattern(.met, #"\b"# + Phrases.thanks + #" (?:again )?for (?:the|our) (?:great |nice |lovely |good |interesting |fun )?(?:chat|call|conversation|meeting|coffee|lunch|discussion|exchange)\b"#),
        // "Thanks for the webinar yesterday": the essay's own occasion ("on the webinar yesterday").
        ClaimPattern(.met, #"\b"# + Phrases.thanks + #" (?:again )?for (?:the|your|today's|yesterday's) (?:great |nice |interesting |insightful )?(?:webinar|workshop|session|masterclass|panel)\b(?= (?:yesterday|today|this morning|this afternoon|last (?:week|night|tuesday|wednesday|thursday|monday|friday))\b)"#),
        ClaimPattern(.met, #"\bour (?:chat|conversation|talk|discussion|call|meeting|coffee|lunch|exchange) (?:at|during|yesterday|last|earlier|this|today|after|over|in the|on the)\b"#),
        ClaimPattern(.met, #"\b(?:ran|bumped) into (?:you|each other)\b|\bat (?:your|the) booth\b|\bsat (?:next to|beside) (?:each other|you)\b"#),
        ClaimPattern(.met, #"\b(?:wir haben uns|dass wir uns) "# + sendersTeam + #"(?:\S+ ){0,5}(?:kennengelernt|getroffen|gesprochen|unterhalten)\b"#),
        ClaimPattern(.met, #"\bwir haben uns "# + sendersTeam + #"(?:(?!und\b)[^\s,.;!?]+ ){6,7}(?:kennengelernt|getroffen)\b"#),
        ClaimPattern(.met, #"\bwir kennen uns (?:noch )?(?:von|vom)\b"#),
        ClaimPattern(.met, #"\b(?:sie|dich) (?:\S+ ){0,5}(?:kennengelernt|getroffen|kennenzulernen|zu treffen)(?: zu haben)?\b|\b(?:sie|dich) (?:beim|bei der|auf der|am|im) (?:\S+ ){0,7}(?:kennengelernt|getroffen) (?:zu haben|haben)\b"#),
        ClaimPattern(.met, #"\bunser(?:em|es)? (?:gesprach|treffen|austausch) (?:auf|bei|beim|in|am|gestern|letzte)\b"#),
        ClaimPattern(.met, #"\b(?:nous nous sommes|on s'est) (?:deja )?(?:rencontre|croise|parle|vu)e?s?\b"#),
        // "Ravi d'avoir échangé", not "ravi d'échanger avec vous" (glad to talk, some day).
        ClaimPattern(.met, #"\bravie? (?:de|d') ?(?:vous |t')?(?:avoir )?(?:rencontre|croise)e?s?\b|\bravie? (?:de |d')(?:vous |t')?avoir echange"#),
        ClaimPattern(.met, #"\b(?:suite a|apres) notre (?:rencontre|echange|discussion|conversation|appel|rendez-vous)\b"#),
        ClaimPattern(.met, #"\bnos (?:conocimos|vimos|encontramos)\b|\b(?:fue un placer|encantad[oa] de|gusto) (?:conocerte|conocerle|haberte conocido|verte|charlar)\b"#),
        ClaimPattern(.met, #"\bnuestra (?:charla|conversacion|reunion) (?:en|de|del|durante|ayer)\b"#),
        ClaimPattern(.met, #"\bnos (?:vimos|cruzamos) (?:en|durante)\b"#),
        ClaimPattern(.met, #"\bnos conhecemos\b|\b(?:conversamos|falamos) (?:no|na|em|durante|ontem)\b|\b(?:foi um prazer|prazer em) (?:te )?(?:conhecer|conhece-l[oa]|ver)\b|\bnossa (?:conversa|reuniao) (?:no|na|em|durante|ontem)\b"#),
        ClaimPattern(.met, #"\b(?:we|wij) hebben elkaar (?:\S+ ){0,4}(?:ontmoet|gesproken|gezien)\b|\bleuk (?:je|u|jou) (?:\S+ ){0,4}(?:ontmoet|gesproken|te spreken|te ontmoeten|gezien|te zien)\b|\bons gesprek (?:op|bij|tijdens|gisteren)\b"#),
        ClaimPattern(.met, #"\bwe (?:spraken|zagen|ontmoetten) elkaar\b|\bwas (?:\S+ )?(?:leuk|fijn|gezellig|goed) om (?:je|jou|u) (?:weer |eindelijk )?te (?:zien|spreken|ontmoeten)\b(?!(?: \S+){0,4} (?:webinar|stand|beurs))|\b(?:leuk|fijn|gezellig) om (?:je|jou|u) weer te (?:zien|spreken)\b|(?<!een )\b(?:goed|fijn|leuk) gesprek (?:bij|op|tijdens|gisteren|vanmiddag|vanochtend|vandaag)\b"#),
        ClaimPattern(.met, #"\b(?:goed|fijn) (?:je|jou|u) (?:weer |eindelijk )?te (?:zien|spreken)\b(?! (?:op|bij) onze)"#),
        ClaimPattern(.met, #"\b(?:schon|toll|nett|super|gut),? (?:dich|sie) (?:\S+ ){0,5}(?:zu sehen|gesehen|wiedergesehen|wiederzusehen)\b|\b(?:finally )?put a face to (?:the|a|your) (?:name|slack|handle|email|voice)\b|\bwe shared (?:a|the) (?:taxi|cab|ride|table|uber|flight|train|bus|stage|panel)\b(?! with)|\b(?:nice|great|good|gr8) (?:meeting|seeing) (?:u|ya)\b"#),
        ClaimPattern(.met, #"\bci siamo (?:conosciuti|conosciute|incontrati|visti|sentiti|parlati)\b|\b(?:piacere|e stato un piacere) (?:di )?(?:averti|averla|conoscerti) (?:conosciut[oa]|incontrat[oa])?\b|\bla nostra (?:chiacchierata|conversazione) (?:a|al|alla|durante|di ieri)\b"#),
    ]

    /// The words of a trade, a place or a crowd, which no group is: "the Rotterdam area",
    /// "the Go community", "the Kubernetes space".
    private static let notAGroup = #"(?!(?:\S+ ){1,4}(?:space|area|region|industry|field|world|sector|ecosystem|scene|market|business|community)\b)"#

    static let group: [ClaimPattern] = [
        ClaimPattern(.group, #"\b(?:i'm|i am) (?:also )?(?:in|a member of) the "# + notAGroup, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:via|through|from) the (?:\S+ ){1,6}group\b"#, inside(.group, required: true)),
        ClaimPattern(.group, #"\b(?:we share|same) (?:a |the )?(?:linkedin )?group:? (?:as you:? )?"#, after(.group, strict: true)),
        ClaimPattern(.group, #"\b(?:fellow|another) (?:\S+ ){1,6}members?\b"#, inside(.group, required: true)),
        ClaimPattern(.group, #"\bboth of us are (?:in|members of) (?:the )?"#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:nous sommes|on est) (?:tous les deux |toutes les deux |tous deux |toutes deux )?membres (?:de |du groupe )"#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:somos|fazemos|formamos) (?:ambas |ambos |las dos |los dos |os dois |as duas )?parte (?:del|do|de) grupo "#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\bthe same (?:linkedin )?groups\b"#),
        ClaimPattern(.group, #"\b(?:saw|see|noticed) (?:that )?you'?re (?:a member|also a member|in (?:it|there)) too\b"#),
        ClaimPattern(.group, #"\b(?:wir )?sind (?:beide |alle beide )?in der gruppe "#, after(.group, strict: true)),
        ClaimPattern(.group, #"\b(?:we|wij) zitten (?:allebei |beide )?in (?:de )?(?:groep )?|\b(?:we|wij) (?:allebei |beide |samen )?in de groep "#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:no|do) mesmo grupo,? |\ben el mismo grupo,? |\bnello stesso gruppo,? |\bdans le meme groupe,? |\bin dezelfde groep,? |\bin (?:der gleichen|derselben) gruppe,? "#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:(?:fellow|both|also a|also|as a fellow|as fellow) members?|co-members?) (?:of|in) (?:the )?"#, after(.group)),
        // "We're both in the Kubernetes space" names a trade, not a group.
        ClaimPattern(.group, #"\b(?:we're|we are)(?: also)?(?: both)? (?:members of|in) the "# + notAGroup, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:in|from|of) the same (?:linkedin |slack |online )?(?:group|community)\b"#),
        ClaimPattern(.group, #"\b(?:we share|we're in|we are in|both in) (?:a|the same|a common) (?:linkedin )?group\b"#),
        ClaimPattern(.group, #"\b(?:saw|found|noticed|read) (?:you|your (?:post|comment|question|answer)) in the "#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\bmitglied(?:er)? (?:der gruppe|in der gruppe|von|im|beim) "#, after(.group)),
        ClaimPattern(.group, #"\bmembres? du groupe "#, after(.group)),
        ClaimPattern(.group, #"\b(?:faisons|faites|faisions) (?:tous les deux |toutes les deux |tous deux |toutes deux )?partie du groupe "#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\b(?:siamo|estamos) (?:entramb[ie] |tutti e due |tutte e due |ambos |ambas |los dos |las dos )?(?:nel gruppo|no grupo|en el grupo) "#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\bmiembros? del grupo "#, after(.group)),
        ClaimPattern(.group, #"\bmembros? do grupo "#, after(.group)),
        ClaimPattern(.group, #"\blid van (?:de )?(?:groep )?"#, after(.group, required: true, strict: true)),
        ClaimPattern(.group, #"\bmembr[oi] del gruppo "#, after(.group)),
        ClaimPattern(.group, #"\biscritt[oaie] (?:anche )?al gruppo "#, after(.group)),
        ClaimPattern(.group, #"\bcoincidimos en (?:la comunidad|el grupo)(?: de linkedin)? "#, after(.group, required: true, strict: true)),
    ]

    static let sharedConnection: [ClaimPattern] = [
        // "Me pasó tu contacto Javier Morales".
        ClaimPattern(.sharedConnection, #"\bme (?:paso|dio) tu (?:contacto|numero|nombre|perfil) "#, after(.person, required: true, strict: true)),
        // "Lukas Wagner, a mutual contact, mentioned…", "Julien, un ami commun, m'a dit…".
        ClaimPattern(.sharedConnection, #"(?:(?<=, )|(?<=\())(?:a|an|our|ein|eine|unser|unsere|een|onze) (?:mutual|common|shared|gemeinsamer|gemeinsame|gemeinsamen|gemeenschappelijke|gezamenlijke|wederzijdse) (?:friend|contact|connection|acquaintance|bekannter|bekannte|kontakt|freund|freundin|kennis|vriend|vriendin|connectie)[,)]"#, beforeAside(.person)),
        ClaimPattern(.sharedConnection, #"(?:(?<=, )|(?<=\())(?:un|une|una|um|uma|notre|nostro|nostra|il nostro|la nostra|nuestro|nuestra|nosso|nossa|o nosso|a nossa) (?:ami|amie|contact|connaissance|amico|amica|contatto|conoscenza|amigo|amiga|contacto|contato|conhecido|conhecida) (?:commune?|in comune|en comun|em comum)[,)]"#, beforeAside(.person)),
        ClaimPattern(.sharedConnection, #"\b(?:recommended|referred|introduced|suggested) (?:to me |you )?by "#, after(.person, required: true, strict: true)),
        // "Tomasz Wieczorek, who knows you well, …", "Ottavia, che ti conosce da anni, …".
        ClaimPattern(.sharedConnection, #"(?<=, )(?:who (?:knows you|has known you)|qui (?:vous|te) connait|que (?:a|o|te) conhece|que (?:te|le|la) conoce|che (?:ti|la|vi) conosce|(?:der|die) (?:dich|sie) (?:\S+ ){0,2}kennt|die (?:je|jou|u) (?:\S+ ){0,2}kent)\b"#, beforeAside(.person)),
        ClaimPattern(.sharedConnection, #"\b(?:je vous (?:ecris|contacte)|je te (?:contacte|ecris)|je viens) de la part de "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\band i were (?:chatting|talking|discussing|speaking)\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\byour (?:colleague|coworker|co-worker|manager|boss|teammate|friend) "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:suggested|recommended|told me|mentioned|thought|said|referred me|pointed me|introduced|speaks (?:very |so |super |really )?highly|spoke (?:very |so |super |really )?highly|passed along|passed on|gave me)\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\b(?:says hi|(?:zei|zegt) dat (?:je|jij|ik)|vertelde (?:me |mij )?(?:over je|over jou|dat je|dat jij)|heeft me (?:aan je |naar je |naar jou )?(?:voorgesteld|doorverwezen|getipt)|meinte?,? (?:ich|du|dass)|sagte,? (?:mir|ich|du|dass)|hat mir (?:\S+ ){0,3}(?:erzahlt|gesagt|genannt|gegeben|weitergegeben))\b"#, before(.person)),
        // "Veronika Bauer sends her greetings!", "Markus lässt dich grüßen".
        ClaimPattern(.sharedConnection, #"\b(?:sends? (?:you )?(?:her |his |their |(?:her |his |their )?(?:warm |kind |best |warmest ))?(?:greetings|regards|love|best wishes)|(?:lasst|lie(?:ss|ß)) (?:dich |sie |euch )?(?:schon |herzlich |lieb )?gru(?:ss|ß)en|doet (?:je|u|jou) de groeten|te passe le bonjour|vous passe le bonjour|te (?:manda|envia) (?:saludos|recuerdos|cumprimentos)|manda (?:cumprimentos|abracos)|ti saluta)\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\b(?:our|a|my) (?:mutual|common|shared) (?:friend|contact|connection|acquaintance|colleague|colleagues)(?:,)? |\b(?:our|a) (?:friend|contact|connection|acquaintance) in common,? "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\bi'?m (?:a |an )?(?:good |close |old |former )?(?:friend|colleague|classmate|coworker|neighbou?r) of "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:i'?m|i am) \S+'s (?:former |old |new )?(?:colleague|coworker|co-worker|teammate|friend|classmate|manager|report)\b"#, inside(.person, required: true)),
        // Family and others say nothing of knowing you: a shared connection only if one.
        ClaimPattern(.sharedConnection, #"\b(?:i'?m|i am) \S+'s (?:husband|wife|partner|brother|sister|son|daughter|cousin|boss|cofounder|co-founder|mentor|mentee|flatmate|roommate|neighbou?r)\b"#,
                     inside(.person, required: true), onlyIfBacked: true),
        ClaimPattern(.sharedConnection, #"\bmy (?:wife|husband|brother|sister) "#, after(.person, required: true, strict: true), onlyIfBacked: true),
        // The sender's colleague is a shared connection if one of yours ("my colleague Anna
        // wrote a post"): a referral says more ("my colleague Anna suggested", above).
        ClaimPattern(.sharedConnection, #"\b(?:my|our) (?:former |old |ex-? ?|good )?(?:colleague|manager|boss|classmate|coworker|co-worker|partner|mentor|cofounder|co-founder|teammate) "#, after(.person, required: true, strict: true), onlyIfBacked: true),
        ClaimPattern(.sharedConnection, #"\bmy (?:old |good )?friend "#, after(.person, required: true, strict: true), onlyIfBacked: true),
        ClaimPattern(.sharedConnection, #"\bour (?:old |good |dear )?friend "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:on|at) the (?:recommendation|suggestion|advice) of "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\bwe (?:both )?know "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:mutual|common) (?:connection|contact)s? (?:with|in) "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:a|our) (?:mutual|common) (?:friend|acquaintance) (?:in|named|called) "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:hat|hatte) mir (?:\S+ ){0,3}(?:empfohlen|vorgeschlagen|geraten)|\b(?:empfahl|riet) mir\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\bunser(?:e|er|em)? gemeinsame[rn]? (?:bekannte|kontakt|freund|freundin)[rn]? "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\bm'a (?:conseille|suggere|recommande|parle|dit)"#, before(.person)),
        // "C'est Émilie Rousseau qui m'a conseillé de vous contacter".
        ClaimPattern(.sharedConnection, #"\bqui m'a (?:conseille|suggere|recommande|parle|dit|donne)"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\bnotre (?:ami|amie|contact|connaissance) (?:commun|commune) "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\bme (?:sugirio|recomendo|hablo de|dijo|animo|comento)\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\bnuestr[oa] (?:amig[oa]|contacto) en comun "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\bme (?:sugeriu|recomendou|indicou|falou)\b|\b(?:sugeriu|recomendou|indicou|falou)-me\b|\b(?:sugeriu|recomendou|disse) que eu\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\bnoss[oa] (?:amig[oa]|contato|contacto) em comum "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\b(?:raadde|adviseerde|tipte) me\b|\bheeft me (?:\S+ )?(?:aangeraden|getipt|doorverwezen)|\bgaf me (?:je|jouw|uw) (?:naam|nummer|gegevens)\b"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\bonze (?:gemeenschappelijke|gezamenlijke|wederzijdse) (?:connectie|kennis|vriend|vriendin|contact|collega) "#, after(.person, required: true, strict: true)),
        ClaimPattern(.sharedConnection, #"\bmi ha (?:suggerito|consigliato|parlato|detto)"#, before(.person)),
        ClaimPattern(.sharedConnection, #"\b(?:il nostro|la nostra) (?:amic[oa]|contatto|conoscenza) (?:in )?comune "#, after(.person, required: true, strict: true)),
    ]
}
