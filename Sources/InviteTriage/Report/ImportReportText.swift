/// The import report as the `import` command prints it.
public enum ImportReportText {
    public static func render(_ report: ImportReport) -> String {
        var lines: [String] = []
        for file in report.files {
            var counts: [String] = []
            if file.new > 0 || file.known == 0 { counts.append("\(file.new) new") }
            if file.known > 0 { counts.append("\(file.known) already known") }
            if file.outgoing > 0 { counts.append("\(file.outgoing) outgoing kept") }
            if file.hidden > 0 { counts.append("\(file.hidden) hidden members") }
            if file.skipped > 0 { counts.append("\(file.skipped) skipped") }
            if file.forgotten > 0 { counts.append("\(file.forgotten) about forgotten people left out") }
            if file.rejected > 0 { counts.append("\(file.rejected) rejected") }
            let unchanged = file.unchangedSince.map { " (unchanged since its import at \($0.prefix(16).replacingOccurrences(of: "T", with: " ")): not read again)" } ?? ""
            lines.append("\(TerminalText.singleLine(file.file)): \(file.kind): \(counts.joined(separator: ", "))\(unchanged)")
            for warning in file.warnings { lines.append("  warning: \(TerminalText.singleLine(warning))") }
        }
        if !report.skipped.isEmpty {
            lines.append("skipped (not read): \(report.skipped.map(TerminalText.singleLine).joined(separator: ", "))")
        }
        if report.newlyConnected > 0 {
            lines.append("\(report.newlyConnected) invitation(s) now shown as connected on LinkedIn")
        }
        if !report.acceptedNowConnected.isEmpty {
            lines.append("done on LinkedIn: \(report.acceptedNowConnected.count) invitation(s) you accepted here are now connected (\(ids(report.acceptedNowConnected)))")
        }
        if !report.ignoredButConnected.isEmpty {
            lines.append("note: you ignored \(report.ignoredButConnected.count) invitation(s) here that are connected on LinkedIn (\(ids(report.ignoredButConnected))); see invite-triage show ID")
        }
        lines.append("\(report.pending) pending invitation(s). The export cannot tell whether one you are not connected to is still pending on LinkedIn or was already ignored or withdrawn there.")
        return lines.joined(separator: "\n")
    }

    private static func ids(_ ids: [Int64]) -> String {
        let shown = ids.prefix(10).map { "#\($0)" }.joined(separator: ", ")
        return ids.count > 10 ? shown + ", …" : shown
    }
}
