/// Start and end dates of positions and schooling: `Dec 2022`, `2004`, `2015-01`, `03/2019`.
/// Normalised to `YYYY` or `YYYY-MM`, which compare as text.
enum PartialDate {
    static func normalize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let tokens = TimestampParser.tokenize(raw)
        var year: Int?
        var month: Int?
        for token in tokens {
            switch token {
            case .number(let value, let digits) where digits == 4: year = value
            case .number(let value, let digits) where digits <= 2 && (1...12).contains(value) && month == nil: month = value
            case .word(let word): if let number = monthNumber(word) { month = number }
            default: continue
            }
        }
        guard let year, (1900...2200).contains(year) else { return nil }
        guard let month else { return String(year) }
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }
}
