/// The regular-expression subset the note patterns are written in, read into a tree so the
/// literal text a pattern cannot match without can be worked out (`RequiredFragments`) and
/// sample notes can be made from it (tests). ICU stays the matcher: this tree only ever
/// over-approximates what a pattern matches, and anything it does not know makes it give up.
indirect enum PatternNode: Equatable, Sendable {
    /// One character (a Unicode scalar, as ICU reads a pattern), as written.
    case literal(Unicode.Scalar)
    /// One of a few listed characters: `[oa]`, `[,!.]`.
    case oneOf([Unicode.Scalar])
    /// A character from a class too large to list: `\S`, `\w`, `\d`, `\s`, `.`, `[^…]`.
    case anyCharacter(PatternClass)
    /// Matches no text: `\b`, `^`, `$`, a lookaround (which only narrows a match).
    case zeroWidth
    /// Alternatives, each a sequence: `(?:a|b c)` and the pattern itself.
    case alternation([[PatternNode]])
    /// `x?`, `x*`, `x+`, `x{m,n}`; `max` nil for no upper bound.
    case repetition(PatternNode, min: Int, max: Int?)
}

/// The large classes, kept apart only so sample notes can be made from them.
enum PatternClass: Equatable, Sendable {
    case nonSpace, word, digit, space, any
}

enum PatternSyntax {
    /// The pattern as a tree, or nil when it uses syntax this reader does not know (then no
    /// fragments are derived and a test says so).
    static func parse(_ pattern: String) -> PatternNode? {
        var reader = Reader(characters: Array(pattern.unicodeScalars))
        guard let node = reader.alternation(), reader.position == reader.characters.count else { return nil }
        return node
    }

    private struct Reader {
        let characters: [Unicode.Scalar]
        var position = 0

        private var current: Unicode.Scalar? { position < characters.count ? characters[position] : nil }

        mutating func alternation() -> PatternNode? {
            var branches: [[PatternNode]] = [[]]
            while let character = current, character != ")" {
                if character == "|" {
                    position += 1
                    branches.append([])
                    continue
                }
                guard let atom = atom(), let node = quantified(atom) else { return nil }
                branches[branches.count - 1].append(node)
            }
            return .alternation(branches)
        }

        private mutating func atom() -> PatternNode? {
            guard let character = current else { return nil }
            position += 1
            switch character {
            case "(": return group()
            case "[": return characterClass()
            case "\\": return escape()
            case ".": return .anyCharacter(.any)
            case "^", "$": return .zeroWidth
            case "?", "*", "+", "{", "}", "]": return nil // a quantifier with nothing to repeat
            default: return .literal(character)
            }
        }

        /// After `(`: a group, a non-capturing group or a lookaround.
        private mutating func group() -> PatternNode? {
            var isLookaround = false
            if current == "?" {
                position += 1
                switch current {
                case ":": position += 1
                case "=", "!": position += 1; isLookaround = true
                case "<" where position + 1 < characters.count && ["=", "!"].contains(characters[position + 1]):
                    position += 2; isLookaround = true
                default: return nil // flags, named groups, atomic groups: not used, not supported
                }
            }
            guard let inner = alternation(), current == ")" else { return nil }
            position += 1
            return isLookaround ? .zeroWidth : inner
        }

        private mutating func escape() -> PatternNode? {
            guard let character = current else { return nil }
            position += 1
            switch character {
            case "b", "B": return .zeroWidth
            case "S": return .anyCharacter(.nonSpace)
            case "W", "D": return .anyCharacter(.any)
            case "s": return .anyCharacter(.space)
            case "w": return .anyCharacter(.word)
            case "d": return .anyCharacter(.digit)
            default:
                // `\?`, `\.`: the character itself. Letters and digits name classes or code
                // points this reader does not know.
                return character.properties.isAlphabetic || character.properties.numericType != nil ? nil : .literal(character)
            }
        }

        /// After `[`: a short list of characters, or a class too large to list.
        private mutating func characterClass() -> PatternNode? {
            var members: [Unicode.Scalar] = []
            var isLarge = false
            if current == "^" { position += 1; isLarge = true }
            var first = true
            while let character = current, character != "]" || first {
                first = false
                position += 1
                if character == "\\" {
                    guard let escaped = current else { return nil }
                    position += 1
                    if escaped.properties.isAlphabetic || escaped.properties.numericType != nil { isLarge = true } else { members.append(escaped) }
                } else if character == "[" {
                    return nil // nested sets and POSIX classes: not used
                } else if current == "-", position + 1 < characters.count, characters[position + 1] != "]" {
                    // A range a-z: listed when short.
                    let (low, high) = (character.value, characters[position + 1].value)
                    position += 2
                    guard low <= high else { return nil }
                    if high - low > 16 { isLarge = true; continue }
                    members += (low...high).compactMap(Unicode.Scalar.init)
                } else {
                    members.append(character)
                }
            }
            guard current == "]" else { return nil }
            position += 1
            return isLarge ? .anyCharacter(.any) : .oneOf(members)
        }

        /// The quantifier after an atom, if any (lazy `?` and possessive `+` suffixes change
        /// nothing about what can match).
        private mutating func quantified(_ atom: PatternNode) -> PatternNode? {
            var bounds: (min: Int, max: Int?)
            switch current {
            case "?": bounds = (0, 1)
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "{":
                guard let interval = interval() else { return nil }
                bounds = interval
            default: return atom
            }
            position += 1
            if current == "?" || current == "+" { position += 1 }
            if atom == .zeroWidth { return .zeroWidth }
            return .repetition(atom, min: bounds.min, max: bounds.max)
        }

        /// `{m}`, `{m,}`, `{m,n}`; leaves the position on the closing brace.
        private mutating func interval() -> (min: Int, max: Int?)? {
            guard let close = characters[position...].firstIndex(of: "}") else { return nil }
            let body = String(String.UnicodeScalarView(characters[(position + 1)..<close]))
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let low = Int(parts[0]) else { return nil }
            let high: Int?
            if parts.count == 1 { high = low } else if parts[1].isEmpty { high = nil } else {
                guard let value = Int(parts[1]), value >= low else { return nil }
                high = value
            }
            position = close
            return (low, high)
        }
    }
}
