/// The other names of countries and large cities, in the seven languages of the rules: a note
/// says "we worked together in the UK" or "à Munich" where LinkedIn wrote the position's
/// location as "Edinburgh, Scotland, United Kingdom" or "München, Bayern, Deutschland".
/// Names are folded (`TextFolding.fold`); each line is one place.
enum PlaceNames {
    private static let places: [[String]] = [
        // Countries
        ["united kingdom", "uk", "u.k.", "u.k", "great britain", "britain", "vereinigtes konigreich", "grossbritannien", "royaume-uni",
         "royaume uni", "reino unido", "regno unito", "gran bretagna", "gran bretana", "gra-bretanha", "verenigd koninkrijk"],
        ["united states", "united states of america", "us", "u.s.", "u.s", "usa", "u.s.a.", "u.s.a", "america", "the states", "vereinigte staaten",
         "etats-unis", "etats unis", "estados unidos", "eeuu", "eua", "stati uniti", "verenigde staten"],
        ["germany", "deutschland", "allemagne", "alemania", "alemanha", "germania", "duitsland"],
        ["netherlands", "the netherlands", "holland", "nederland", "niederlande", "pays-bas", "pays bas", "paises bajos",
         "holanda", "paises baixos", "olanda", "paesi bassi"],
        ["france", "frankreich", "francia", "franca", "frankrijk"],
        ["spain", "spanien", "espagne", "espana", "espanha", "spagna", "spanje"],
        ["portugal", "portogallo"],
        ["italy", "italien", "italie", "italia"],
        ["belgium", "belgien", "belgique", "belgica", "belgio", "belgie"],
        ["switzerland", "schweiz", "suisse", "suiza", "suica", "svizzera", "zwitserland"],
        ["austria", "osterreich", "autriche", "oostenrijk"],
        ["ireland", "irland", "irlande", "irlanda", "ierland"],
        ["brazil", "brasil", "brasilien", "bresil", "brasile", "brazilie"],
        ["mexico", "mexiko", "mexique", "messico"],
        ["india", "indien", "inde"],
        ["poland", "polen", "pologne", "polonia"],
        ["sweden", "schweden", "suede", "suecia", "svezia", "zweden"],
        ["denmark", "danemark", "dinamarca", "danimarca", "denemarken"],
        ["norway", "norwegen", "norvege", "noruega", "norvegia", "noorwegen"],
        ["greece", "griechenland", "grece", "grecia", "griekenland"],
        ["japan", "japon", "japao", "giappone"],
        ["china", "chine", "cina"],
        ["singapore", "singapur", "singapour", "cingapura"],
        ["australia", "australien", "australie"],
        ["south africa", "sudafrika", "afrique du sud", "sudafrica", "africa do sul", "zuid-afrika"],
        // Regions LinkedIn names in a location
        ["england", "angleterre", "inglaterra", "inghilterra", "engeland"],
        ["scotland", "schottland", "ecosse", "escocia", "scozia", "schotland"],
        ["wales", "pays de galles", "gales", "galles"],
        ["bavaria", "bayern", "baviere", "baviera", "beieren"],
        ["south holland", "zuid-holland", "zuid holland"],
        ["north holland", "noord-holland", "noord holland"],
        ["catalonia", "katalonien", "catalogne", "cataluna", "catalunya", "catalunha", "catalogna", "catalonie"],
        // Cities
        ["berlin", "berlino", "berlijn", "berlim"],
        ["dublin", "dublino"],
        ["munich", "munchen", "munique", "monaco di baviera"],
        ["cologne", "koln", "colonia", "keulen"],
        ["frankfurt", "frankfurt am main", "francfort", "francoforte", "frankfort"],
        ["hamburg", "hambourg", "hamburgo", "amburgo"],
        ["vienna", "wien", "vienne", "viena", "wenen"],
        ["zurich", "zurigo"],
        ["geneva", "geneve", "genf", "ginevra", "ginebra", "genebra"],
        ["the hague", "den haag", "'s-gravenhage", "la haye", "la haya", "haia", "l'aia"],
        ["brussels", "bruxelles", "brussel", "bruselas", "bruxelas"],
        ["antwerp", "antwerpen", "anvers", "amberes", "anversa"],
        ["london", "londres", "londra", "londen"],
        ["edinburgh", "edimbourg", "edimburgo"],
        ["paris", "parigi", "parijs"],
        ["lisbon", "lisboa", "lisbonne", "lissabon", "lisbona"],
        ["milan", "milano", "mailand", "milao", "milaan"],
        ["rome", "roma", "rom"],
        ["turin", "torino", "turim"],
        ["florence", "firenze", "florenz", "florencia"],
        ["naples", "napoli", "neapel", "napoles", "napels"],
        ["venice", "venezia", "venedig", "venise", "venecia", "veneza", "venetie"],
        ["seville", "sevilla", "sevilha", "siviglia"],
        ["prague", "praha", "prag", "praga", "praag"],
        ["warsaw", "warszawa", "warschau", "varsovie", "varsovia", "varsavia"],
        ["copenhagen", "kobenhavn", "kopenhagen", "copenhague", "copenaghen"],
        ["stockholm", "estocolmo", "stoccolma"],
        ["athens", "athen", "athenes", "atenas", "atene"],
        ["barcelona", "barcelone", "barcellona"],
        ["new york", "new york city", "nyc", "nueva york", "nova iorque"],
    ]

    private static let placeOfName: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in places.enumerated() {
            for name in names { table[name] = index }
        }
        return table
    }()

    /// The place's first name for any of its names ("edimburgo" → "edinburgh"), else the name.
    static func canonical(_ name: String) -> String {
        placeOfName[name].map { places[$0][0] } ?? name
    }

    /// Whether the folded names `a` and `b` name the same place.
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let place = placeOfName[a] else { return false }
        return placeOfName[b] == place
    }
}
