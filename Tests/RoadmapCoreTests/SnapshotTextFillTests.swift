import Foundation
import Testing
@testable import RoadmapCore

/// `SnapshotText.fill`, which puts arguments into the report's wording
/// without Foundation's `range(of:)`.
@Suite("snapshot wording: filling in %@")
struct SnapshotTextFillTests {
    /// What the wording did before: Foundation's search for the first `%@`, argument by argument.
    static func foundationFill(_ template: String, _ arguments: [String]) -> String {
        var result = template
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }

    static let templates = [
        "", "%@", "%@%@", "Week %@", "as of %@ (%@)", "ข้อมูล ณ วันที่ %@ (เวลา %@)", "%@現在（%@）", "%@（集計外）",
        "no marks", "100% done: %@", "%", "%@ %", "ends with %", "%%@", "@%@@", "👩‍👩‍👧 %@ ครับ",
    ]
    static let argumentLists: [[String]] = [
        [], ["1"], ["SC1", "2027-03-10"], ["ยืนยันกรอบดำเนินงาน", "仏暦2569年", "extra"], ["", ""], ["a\nb", "ก่"],
    ]

    @Test("the same text as Foundation's search-and-replace for arguments without %@")
    func sameAsBefore() {
        for template in Self.templates {
            for arguments in Self.argumentLists {
                #expect(SnapshotText.fill(template, arguments) == Self.foundationFill(template, arguments),
                        "\(template) \(arguments)")
            }
        }
    }

    @Test("every wording in every language takes its arguments as before")
    func everyWording() {
        let texts: [SnapshotText] = [.week, .asOf, .notCounted, .days, .netDays, .daysLate, .inDays, .overdueCount,
                                     .sinceLastWeek, .slippedAgainst, .waitsFor, .overdueSince, .dueAfter, .ownerNote,
                                     .leadNote, .pageOf, .knownFrom]
        for text in texts {
            for language in InterfaceLanguage.allCases {
                let arguments = ["A1", "B2", "C3"]
                let expected = Self.foundationFill(text.text(language, []), arguments)
                #expect(text.text(language, arguments) == expected, "\(text) \(language)")
            }
        }
    }

    @Test("a %@ inside an argument is text, not a place for the next argument")
    func markInsideArgument() {
        #expect(SnapshotText.fill("waits for %@, %@", ["SC%@1", "overdue"]) == "waits for SC%@1, overdue")
        #expect(SnapshotText.fill("%@ and %@", ["only one"]) == "only one and %@")
        #expect(SnapshotText.fill("no marks", ["unused"]) == "no marks")
    }
}
