/// A strict RFC 4180 reader for what `export --format csv` writes: records end in CRLF,
/// fields with commas, quotes or line breaks are quoted, quotes inside are doubled.
enum DecisionsCSV {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var fieldStarted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard characters.first == "," || characters.first == "\r" || characters.first == nil else {
                            throw Malformed(description: "text after a closing quote in record \(records.count + 1)")
                        }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed(description: "a quote inside an unquoted field in record \(records.count + 1)") }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard characters.popFirst() == "\n" else { throw Malformed(description: "CR without LF in record \(records.count + 1)") }
                record.append(field)
                records.append(record)
                (record, field, fieldStarted) = ([], "", false)
            case "\n":
                throw Malformed(description: "a bare LF in record \(records.count + 1)")
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        guard !quoted else { throw Malformed(description: "an unterminated quoted field") }
        guard record.isEmpty, field.isEmpty else { throw Malformed(description: "the last record does not end in CRLF") }
        return records
    }
}
