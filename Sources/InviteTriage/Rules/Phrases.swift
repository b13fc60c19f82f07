/// Fixed phrases of invitation notes in the languages people use on LinkedIn: the default
/// invitation text, greetings and sign-offs. All folded (lower case, no accents).
enum Phrases {
    /// LinkedIn's default invitation text and its near variants, per language. The non-English
    /// ones are recollections of the UI and common translations: matched loosely.
    static let defaultTexts: [String] = [
        "i'd like to add you to my professional network on linkedin",
        "i would like to add you to my professional network on linkedin",
        "i'd like to add you to my professional network",
        "i'd like to add you to my linkedin network",
        "i would like to add you to my linkedin network",
        "i'd like to connect with you on linkedin",
        "i had like to add you to my professional network on linkedin",
        "i'd like to join your linkedin network",
        "i'd like to join your professional network",
        // German
        "ich mochte sie gerne zu meinem beruflichen netzwerk auf linkedin hinzufugen",
        "ich mochte sie zu meinem beruflichen netzwerk auf linkedin hinzufugen",
        "ich mochte sie zu meinem netzwerk hinzufugen",
        "ich mochte dich gerne zu meinem beruflichen netzwerk auf linkedin hinzufugen",
        "ich mochte dich zu meinem netzwerk hinzufugen",
        "ich wurde sie gerne zu meinem netzwerk hinzufugen",
        "ich wurde mich freuen dich in mein netzwerk aufzunehmen",
        "ich wurde mich freuen sie in mein netzwerk aufzunehmen",
        // French
        "je souhaiterais vous ajouter a mon reseau professionnel sur linkedin",
        "je souhaite vous ajouter a mon reseau professionnel sur linkedin",
        "je vous invite a faire partie de mon reseau professionnel sur linkedin",
        "j'aimerais vous ajouter a mon reseau professionnel sur linkedin",
        "j'aimerais t'ajouter a mon reseau professionnel sur linkedin",
        "je souhaiterais t'ajouter a mon reseau professionnel",
        "je souhaite vous ajouter a mon reseau professionnel",
        "j'aimerais vous ajouter a mon reseau",
        // Spanish
        "me gustaria anadirte a mi red profesional en linkedin",
        "me gustaria agregarte a mi red profesional de linkedin",
        "me gustaria agregarte a mi red profesional en linkedin",
        "me gustaria anadirle a mi red profesional en linkedin",
        "me gustaria anadirte a mi red profesional",
        "me gustaria contactar contigo",
        "me gustaria conectar contigo",
        "me gustaria conectar",
        // Portuguese
        "gostaria de adiciona lo a minha rede profissional no linkedin",
        "gostaria de adiciona la a minha rede profissional no linkedin",
        "gostaria de adicionar voce a minha rede profissional no linkedin",
        "gostaria de te adicionar a minha rede profissional no linkedin",
        "gostaria de adiciona lo a minha rede profissional",
        "gostaria de adicionar voce a minha rede profissional",
        "gostaria de fazer parte da sua rede",
        // Dutch
        "ik wil je graag uitnodigen voor mijn professionele netwerk op linkedin",
        "ik wil u graag uitnodigen voor mijn professionele netwerk op linkedin",
        "ik wil je graag toevoegen aan mijn professionele netwerk op linkedin",
        "ik wil je graag toevoegen aan mijn netwerk op linkedin",
        "ik wil u graag toevoegen aan mijn professionele netwerk",
        "ik wil je graag toevoegen aan mijn netwerk",
        "graag wil ik je toevoegen aan mijn netwerk",
        // Italian
        "vorrei aggiungerti alla mia rete professionale su linkedin",
        "vorrei aggiungerla alla mia rete professionale su linkedin",
        "vorrei aggiungerti alla mia rete professionale",
        "vorrei aggiungerti alla mia rete",
        "vorrei aggiungerla alla mia rete",
        // Languages the other rules do not read (`NoteLanguage`), as written: folded here.
        "Jag vill gärna lägga till dig i mitt professionella nätverk på LinkedIn",
        "Jag skulle vilja lägga till dig i mitt professionella nätverk på LinkedIn",
        "Jeg vil gerne tilføje dig til mit professionelle netværk på LinkedIn",
        "Jeg vil gjerne legge deg til i mitt profesjonelle nettverk på LinkedIn",
        "Chciałbym dodać Cię do mojej sieci kontaktów zawodowych na LinkedIn",
        "Chciałabym dodać Cię do mojej sieci kontaktów zawodowych na LinkedIn",
        "Chciałbym dodać Cię do swojej sieci zawodowej na LinkedIn",
        "Rád bych si vás přidal do své profesní sítě na LinkedIn",
        "Sizi LinkedIn'deki profesyonel ağıma eklemek istiyorum",
        "Aș dori să vă adaug în rețeaua mea profesională de pe LinkedIn",
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn",
        "Saya ingin menambah anda ke rangkaian profesional saya di LinkedIn",
        "Я хотел бы добавить вас в свою профессиональную сеть в LinkedIn",
        "Я хотела бы добавить вас в свою профессиональную сеть в LinkedIn",
        "Я хотів би додати вас до своєї професійної мережі в LinkedIn",
    ].map { NoteText.core(of: TextFolding.fold($0).split(separator: " ").map(String.init)) }

    /// Skills so many profiles list, or so broad, that a note naming them names nothing of the
    /// reader's in particular (`OwnerSkills`): words as `OrganisationName.words` makes them.
    static let everydaySkills: Set<String> = [
        "leadership", "management", "communication", "communications", "teamwork", "team leadership", "team management",
        "project management", "program management", "product management", "people management", "change management",
        "time management", "customer service", "customer relationship management", "microsoft office", "microsoft excel",
        "microsoft word", "microsoft powerpoint", "excel", "word", "powerpoint", "office", "sales", "marketing", "strategy",
        "business strategy", "business development", "strategic planning", "public speaking", "negotiation", "research",
        "training", "problem solving", "english", "social media", "analytical skills", "critical thinking", "consulting",
        "coaching", "mentoring", "entrepreneurship", "innovation", "networking", "recruiting", "hiring", "engineering",
        "software development", "software engineering", "programming", "technology", "data", "cloud", "cloud computing",
        "agile", "agile methodologies", "scrum", "web development", "development", "design", "operations", "finance",
        "accounting", "human resources", "education", "teaching", "writing", "editing", "event planning", "budgeting",
        "process improvement", "continuous improvement", "team building", "interpersonal skills", "presentations",
        "computer science", "information technology", "it", "stakeholder management", "data analysis",
        "digital marketing", "customer satisfaction", "cross functional team leadership",
        "customer relationship management crm", "account management", "sales management", "marketing strategy",
        // Everyday words that are also the names of tools
        "net", "access", "teams", "spring", "express", "shell", "make",
        // The same in the other languages of the rules
        "projektmanagement", "fuhrung", "mitarbeiterfuhrung", "kommunikation", "teamfahigkeit", "vertrieb",
        "gestion de projet", "gestion de projets", "gestion", "gestion d equipe", "liderazgo", "gestion de proyectos",
        "trabajo en equipo", "comunicacion", "lideranca", "gestao de projetos", "trabalho em equipe", "comunicacao",
        "projectmanagement", "leiderschap", "communicatie", "gestione dei progetti", "lavoro di squadra",
        "comunicazione",
    ]

    /// "Thanks" as a pattern fragment, with the words of other languages people write it in,
    /// within an English note too ("merci for the great chat", "kiitos for the help"). Not "ty",
    /// "tak" or "tack": as fragments they are in "party", "take" and "stack", and the
    /// prefilter would run these patterns on most notes.
    static let thanks = #"(?:thanks|thank you|thx|many thanks|big thanks|huge thanks|merci|danke|vielen dank|gracias|grazie|obrigad[oa]|bedankt|dankjewel|dank je|dank u|dank|kiitos|terima kasih|dziekuje|dzieki)"#

    static let greetingWords: Set<String> = [
        "hi", "hello", "hey", "dear", "greetings", "good", "morning", "afternoon", "evening", "hiya", "yo",
        "hallo", "liebe", "lieber", "sehr", "geehrte", "geehrter", "guten", "tag", "moin", "servus", "gruss", "gott",
        "bonjour", "salut", "cher", "chere", "bonsoir", "coucou",
        "hola", "estimado", "estimada", "buenos", "buenas", "dias", "tardes",
        "ola", "oi", "prezado", "prezada", "caro", "cara", "bom", "dia", "boa", "tarde",
        "hoi", "beste", "goedemiddag", "goedemorgen", "dag", "hallo",
        "ciao", "salve", "gentile", "buongiorno", "buonasera",
        "mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "madame", "senor", "senora", "sig", "signora", "signor",
        "there", "all", "everyone",
    ]

    static let signOffWords: Set<String> = [
        "best", "regards", "kind", "warm", "warmest", "cheers", "thanks", "thank", "you", "many", "sincerely", "br",
        "kr", "thx", "ty", "all", "the", "cordially", "respectfully", "yours", "truly", "wishes", "take", "care",
        "groeten", "groet", "met", "vriendelijke", "hartelijke", "gr", "mvg", "dank", "je", "wel",
        "gruesse", "grusse", "viele", "beste", "freundliche", "mit", "lg", "vg", "danke", "mfg", "bg", "gruss", "liebe", "herzliche",
        "hochachtungsvoll", "groetjes", "grtz", "cdlt", "atte", "slds", "abs",
        "cordialement", "bien", "a", "bientot", "merci", "amities", "bonne", "journee",
        "saludos", "un", "saludo", "atentamente", "gracias", "abrazo",
        "atenciosamente", "abracos", "obrigado", "obrigada", "cumprimentos",
        "cordiali", "saluti", "grazie", "distinti", "un", "caro",
    ]

    /// Where a trailing sign-off starts among `count` tokens (`count` when there is none):
    /// closing words and the sender's name (up to three words after the closing, or a lone
    /// name of up to two words at the very end after a closing phrase). Only the last tokens
    /// are looked at, so `token` makes only those.
    static func signOffStart(_ count: Int, token: (Int) -> String) -> Int {
        var end = count
        // Trailing name words after a closing word: "best regards john smith".
        var scan = end
        var nameWords = 0
        while scan > 0, nameWords < 3, !signOffWords.contains(token(scan - 1)) { scan -= 1; nameWords += 1 }
        if scan > 0, signOffWords.contains(token(scan - 1)), scan < end || nameWords == 0 {
            end = scan
            while end > 0, signOffWords.contains(token(end - 1)) { end -= 1 }
        }
        return end
    }
}
