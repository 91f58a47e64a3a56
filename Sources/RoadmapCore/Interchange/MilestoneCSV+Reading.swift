extension MilestoneCSV {
    static let requiredColumns = ["id", "workstream", "status"]
    static let optionalColumns = ["start", "due", "owner", "lead", "depends", "notes", "title"]

    /// Reads strict RFC 4180 CSV (see ``CSVRows``) with a header row into
    /// import records. Rows and columns are numbered as a spreadsheet shows
    /// them (the header is row 1, the first column 1). Every problem in the
    /// cells is reported at once; nothing is read when there is any.
    public static func records(from bytes: [UInt8], path: String) throws(RoadmapError) -> ImportSource {
        var body = bytes[...]
        if body.starts(with: byteOrderMark) { body = body.dropFirst(byteOrderMark.count) }
        guard String(validating: body, as: UTF8.self) != nil else {
            throw .badInput("\(path): not UTF-8 text. Save the sheet as \"CSV UTF-8\" and try again.")
        }
        let rows: [[String]]
        do {
            rows = try CSVRows.parse(body)
        } catch {
            throw .badInput("\(path): row \(error.row), column \(error.column) (the header is row 1): \(error.reason). Nothing was imported.")
        }
        guard let header = rows.first else { throw .badInput("\(path): empty; expected a header row (\(columnsHelp)).") }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        try checkHeader(columns, path: path)

        var records: [ImportRecord] = []
        var problems: [String] = []
        for (index, row) in rows.enumerated().dropFirst() where !row.allSatisfy(\.isEmpty) {
            let number = index + 1
            guard row.count == columns.count else {
                problems.append("row \(number): \(row.count) cells, but the header has \(columns.count).")
                continue
            }
            var cells: [String: String] = [:]
            for (column, value) in zip(columns, row) { cells[column] = value }
            switch record(cells, columns: columns, row: number) {
            case .success(let record): records.append(record)
            case .failure(let found): problems += found.messages
            }
        }
        if !problems.isEmpty {
            let count = problems.count
            throw .badInput("\(path): nothing was imported; \(count) problem\(count == 1 ? "" : "s"):\n"
                + problems.map { "  " + TerminalSafe.escape($0) }.joined(separator: "\n"))
        }
        return ImportSource(records: records)
    }

    static let columnsHelp = "id, workstream, status, start, due, owner, lead, depends, title or title_<lang>, notes"

    private static func checkHeader(_ columns: [String], path: String) throws(RoadmapError) {
        var problems: [String] = []
        let known = requiredColumns + optionalColumns
        let badLanguages = columns.filter { !known.contains($0) && $0.hasPrefix("title_") && language(of: $0) == nil }
        if !badLanguages.isEmpty {
            problems.append("column\(badLanguages.count == 1 ? "" : "s") \(badLanguages.map { "\"\($0)\"" }.joined(separator: ", ")): not title_<lang> with a language code (1–16 letters or '-', as en, th, ja).")
        }
        let unknown = columns.filter { !known.contains($0) && !$0.hasPrefix("title_") }
        if !unknown.isEmpty {
            problems.append("unknown column\(unknown.count == 1 ? "" : "s") \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")); remove or rename \(unknown.count == 1 ? "it" : "them") (known: \(columnsHelp)).")
        }
        let missing = requiredColumns.filter { !columns.contains($0) }
        if !missing.isEmpty { problems.append("missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")).") }
        if !columns.contains(where: { $0 == "title" || language(of: $0) != nil }) {
            problems.append("no title column: give title, or title_en, title_th, title_ja, ….")
        }
        var seen = Set<String>()
        let repeated = columns.filter { !seen.insert($0).inserted }
        if !repeated.isEmpty { problems.append("column\(repeated.count == 1 ? "" : "s") \(repeated.joined(separator: ", ")) given twice.") }
        guard problems.isEmpty else {
            throw .badInput("\(path): the header row is not usable; nothing was imported:\n"
                + problems.map { "  " + TerminalSafe.escape($0) }.joined(separator: "\n"))
        }
    }

    /// The language of a `title_<lang>` column, nil for any other column
    /// and for a code ``LocalizedText/isLanguageCode(_:)`` refuses.
    static func language(of column: String) -> String? {
        guard column.hasPrefix("title_") else { return nil }
        let code = column.dropFirst("title_".count)
        return LocalizedText.isLanguageCode(code) ? String(code) : nil
    }

    struct RowProblems: Error {
        var messages: [String]
    }

    private static func record(_ cells: [String: String], columns: [String], row: Int) -> Result<ImportRecord, RowProblems> {
        var problems: [String] = []
        func at(_ column: String) -> String { "row \(row), column \(column)" }
        let id = cells["id"]!.trimmingCharacters(in: .whitespaces)
        var identity = ImportRecord.Identity.none
        if !id.isEmpty {
            if RoadmapDecoder.isValidID(id) {
                identity = .id(id)
            } else {
                problems.append("\(at("id")): \"\(id)\" is not an id (1–32 letters, digits, '.', '_' or '-').")
            }
        }
        var record = ImportRecord(origin: "row \(row)", identity: identity,
                                  workstream: cells["workstream"]!.trimmingCharacters(in: .whitespaces), given: [])
        let statusText = cells["status"]!.trimmingCharacters(in: .whitespaces)
        if !statusText.isEmpty {
            if let status = Status(parsing: statusText) {
                record.status = status
                record.given.insert(.status)
            } else {
                problems.append("\(at("status")): \"\(statusText)\" is not a status; use one of \(Status.allWords).")
            }
        }
        func date(_ column: String) -> CalendarDay? {
            let text = cells[column]!.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let day = CalendarDay(iso: text) else {
                problems.append("\(at(column)): \"\(text)\" is not a date; use YYYY-MM-DD.")
                return nil
            }
            return day
        }
        if cells["start"] != nil {
            record.given.insert(.start)
            record.start = date("start")
        }
        if cells["due"] != nil {
            record.given.insert(.due)
            record.due = date("due")
        }
        if let owner = cells["owner"] {
            record.given.insert(.owner)
            record.owner = owner.isEmpty ? nil : owner
        }
        if let text = cells["lead"]?.trimmingCharacters(in: .whitespaces) {
            record.given.insert(.lead)
            if !text.isEmpty {
                record.lead = Lead(parsing: text)
                if record.lead == nil { problems.append("\(at("lead")): \"\(text)\" is not a lead; use one of \(Lead.allWords).") }
            }
        }
        if let text = cells["depends"] {
            record.given.insert(.depends)
            record.depends = text.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == "," }).map(String.init)
            for id in record.depends where !RoadmapDecoder.isValidID(id) {
                problems.append("\(at("depends")): \"\(id)\" is not an id (1–32 letters, digits, '.', '_' or '-'); separate ids with spaces.")
            }
        }
        if let notes = cells["notes"] {
            record.given.insert(.notes)
            record.notes = notes.isEmpty ? nil : notes
        }
        let translations = columns.compactMap { column in
            language(of: column).flatMap { language in
                cells[column].flatMap { $0.isEmpty ? nil : LocalizedText.Translation(language: language, text: $0) }
            }
        }
        let plain = cells["title"] ?? ""
        if !translations.isEmpty && !plain.isEmpty {
            problems.append("\(at("title")): give the title in title or in title_<lang> columns, not both.")
        } else if !translations.isEmpty {
            record.title = LocalizedText(translations: translations)
            record.given.insert(.title)
        } else if !plain.isEmpty {
            record.title = LocalizedText(plain)
            record.given.insert(.title)
        }
        return problems.isEmpty ? .success(record) : .failure(RowProblems(messages: problems))
    }
}
