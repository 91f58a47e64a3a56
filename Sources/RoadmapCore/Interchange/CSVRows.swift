/// Strict RFC 4180 reading: cells split by commas, rows by CRLF or LF; a
/// quoted cell holds anything, a quote in it doubled. Anything else — a
/// quote never closed, text after a closing quote, a quote inside an
/// unquoted cell, a carriage return without a line feed — is refused rather
/// than guessed at.
enum CSVRows {
    /// Where reading stopped: a row (the first row is 1, a quoted line break
    /// does not start a new one) and a column (the first is 1).
    struct Malformed: Error {
        var row: Int
        var column: Int
        var reason: String
    }

    /// The rows of CSV bytes (UTF-8, split only at ASCII bytes, so every cell
    /// stays whole). A blank line is a row of one empty cell; a line break at
    /// the very end does not start another row.
    static func parse(_ bytes: some Collection<UInt8>) throws(Malformed) -> [[String]] {
        let bytes = Array(bytes)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var rows: [[String]] = []
        var row: [String] = []
        var cell: [UInt8] = []
        var i = 0
        guard !bytes.isEmpty else { return [] }
        while true {
            let at = (row: rows.count + 1, column: row.count + 1)
            func malformed(_ reason: String) -> Malformed { Malformed(row: at.row, column: at.column, reason: reason) }
            cell.removeAll(keepingCapacity: true)
            if i < bytes.count && bytes[i] == quote {
                i += 1
                while true {
                    guard i < bytes.count else { throw malformed("the quote that opens this cell is never closed") }
                    if bytes[i] == quote {
                        guard i + 1 < bytes.count && bytes[i + 1] == quote else { break }
                        i += 1
                    }
                    cell.append(bytes[i])
                    i += 1
                }
                i += 1
                if i < bytes.count && bytes[i] != comma && bytes[i] != cr && bytes[i] != lf {
                    throw malformed("text after the closing quote; a quote inside a quoted cell is written twice (\"\")")
                }
            } else {
                while i < bytes.count && bytes[i] != comma && bytes[i] != cr && bytes[i] != lf {
                    if bytes[i] == quote { throw malformed("a quote inside a cell that does not start with one; quote the whole cell and write the quote twice (\"\")") }
                    cell.append(bytes[i])
                    i += 1
                }
            }
            row.append(String(decoding: cell, as: UTF8.self))
            guard i < bytes.count else { break }
            if bytes[i] == comma {
                i += 1
                continue
            }
            if bytes[i] == cr {
                guard i + 1 < bytes.count && bytes[i + 1] == lf else { throw malformed("a carriage return without a line feed; end lines with CRLF or LF") }
                i += 1
            }
            i += 1
            rows.append(row)
            row = []
            if i == bytes.count { return rows }
        }
        rows.append(row)
        return rows
    }
}
