/// Horizontal bars in text: Unicode eighth blocks where the terminal shows them, `#` otherwise.
public enum BarChart {
    public static func bar(_ value: Int, max: Int, width: Int, unicode: Bool) -> String {
        guard max > 0, value > 0 else { return "" }
        let eighths = Int((Double(value) / Double(max) * Double(width * 8)).rounded())
        guard unicode else { return String(repeating: "#", count: Swift.max(1, (eighths + 4) / 8)) }
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8] + (eighths == 0 ? "▏" : "")
    }
}
