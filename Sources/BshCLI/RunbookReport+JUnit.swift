import Foundation

extension RunbookReport {
    /// The report as JUnit XML: one test suite for the runbook, one test case per step, named by
    /// its number and title, with its time, output and failure (message and `FILE:LINE`).
    func junit() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let counts = "tests=\"\(steps.count)\" failures=\"\(count(.failed))\" errors=\"0\" skipped=\"\(count(.skipped))\""
        xml += "<testsuites name=\"bsh run\" \(counts) time=\"\(Self.time(seconds))\">\n"
        xml += "  <testsuite name=\"\(Self.escaped(runbook))\" \(counts) time=\"\(Self.time(seconds))\">\n"
        for step in steps {
            let name = Self.escaped("\(step.number). \(step.title)")
            xml += "    <testcase name=\"\(name)\" classname=\"\(Self.escaped(runbook))\" file=\"\(Self.escaped(step.file))\" "
                + "line=\"\(step.line)\" time=\"\(Self.time(step.seconds))\">\n"
            switch step.outcome {
            case .passed:
                break
            case .failed:
                let failure = step.failure ?? Failure(message: "failed", file: step.file, line: step.line)
                let message = Self.escaped("\(failure.file):\(failure.line): \(failure.message)")
                xml += "      <failure message=\"\(message)\" type=\"exit \(step.status ?? 1)\">"
                    + Self.escaped(step.errors) + "</failure>\n"
            case .skipped:
                xml += "      <skipped message=\"not run\"/>\n"
            }
            if !step.output.isEmpty { xml += "      <system-out>\(Self.escaped(step.output))</system-out>\n" }
            if !step.errors.isEmpty { xml += "      <system-err>\(Self.escaped(step.errors))</system-err>\n" }
            xml += "    </testcase>\n"
        }
        return xml + "  </testsuite>\n</testsuites>\n"
    }

    static func time(_ seconds: Double) -> String {
        String(format: "%.3f", seconds)
    }

    /// Text fit for XML 1.0 content and attributes: markup characters escaped, terminal escape
    /// sequences (colours) removed, and the characters XML cannot hold replaced by U+FFFD.
    static func escaped(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\u{1B}":
                // A CSI sequence (ESC [ … final byte), as colours are written.
                guard let next = scalars.next(), next == "[" else { continue }
                while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
