import RoadmapCore
import Testing

@Suite("Snapshot: line breaking")
struct SnapshotWrapTests {
    private func lines(_ title: String, width: Int, language: InterfaceLanguage) -> [String] {
        let roadmap = SnapshotFixture.roadmap([SnapshotFixture.milestone("A", LocalizedText(title), status: .blocked)])
        let text = WeeklySnapshot(roadmap: roadmap, week: SnapshotFixture.week, today: SnapshotFixture.today).render(
            .text, style: SnapshotStyle(language: language, width: width))
        return text.split(separator: "\n").map(String.init)
    }

    @Test("no line starts with a Thai following vowel or ends with a leading vowel", arguments: [40, 47, 53, 61])
    func thai(_ width: Int) {
        let title = "ความร่วมมืออุตสาหกรรมยานยนต์สมัยใหม่และชิ้นส่วนยานยนต์ไฟฟ้าเพื่อสร้างห่วงโซ่การผลิตที่แข็งแรงร่วมกันและพลังงานสะอาด"
        for line in lines(title, width: width, language: .th) {
            let body = line.drop { $0 == " " }
            #expect(!"ะาำๅๆฯ".contains(body.first ?? " "), "\(line)")
            #expect(!"เแโใไ".contains(line.last ?? " "), "\(line)")
        }
    }

    @Test("no line starts with Japanese closing punctuation or ends with an opening bracket", arguments: [40, 45, 52, 63])
    func japanese(_ width: Int) {
        let title = "日本のリサイクル法制度（「循環型社会形成推進基本法」など）と実践に学び、タイの産業界で循環経済を構築する。"
        for line in lines(title, width: width, language: .ja) {
            let body = line.drop { $0 == " " }
            #expect(!"、。）」』ー".contains(body.first ?? " "), "\(line)")
            #expect(!"（「『".contains(line.last ?? " "), "\(line)")
        }
    }
}
