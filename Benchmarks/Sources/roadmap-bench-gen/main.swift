// roadmap-bench-gen N OUTDIR [--seed S]
// roadmap-bench-gen builtin OUTDIR
//
// Writes a roadmap of N milestones (or the built-in EID roadmap, 21
// milestones, the size a new user has) and the same tasks for Taskwarrior:
//
//   OUTDIR/roadmap.json      the roadmap, written by RoadmapEncoder (canonical form)
//   OUTDIR/tasks.json        a JSON array for `task import`
//   OUTDIR/bench.env         facts the benchmark script reads (ids to change, today)
//
// The data are deterministic for a given N and seed: three workstreams,
// titles in English, Thai and Japanese built from phrase tables, owners,
// due dates across 2026–2028, statuses in fixed proportions, notes on about
// half the milestones and 5 history entries each (created, a due-date move,
// two status changes and an owner change, each one consistent with the next);
// and the programme office's fields: a lead side (a Taskwarrior UDA too), most
// a start date, one dependency each and one baseline of them all. Taskwarrior
// is given no `depends`: with one per task, 2.6 took 9 minutes to import
// 10,000 tasks and over a minute per `task list` (see NOTES.md).
import Foundation
import RoadmapCore

// MARK: - Arguments

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: roadmap-bench-gen N OUTDIR [--seed S]\n".utf8))
    exit(64)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var seed: UInt64 = 20_251_209
if let i = arguments.firstIndex(of: "--seed") {
    guard i + 1 < arguments.count, let value = UInt64(arguments[i + 1]) else { usage() }
    seed = value
    arguments.removeSubrange(i...(i + 1))
}
/// `builtin`: the built-in EID roadmap as `roadmap init` writes it, instead of generated milestones.
let builtIn = arguments.first == "builtin"
guard arguments.count == 2,
      let count = builtIn ? BuiltInRoadmap.load().workstreams.reduce(0, { $0 + $1.milestones.count })
                          : Int(arguments[0].replacingOccurrences(of: "_", with: "")),
      count >= 3 else { usage() }
let outputFolder = arguments[1]

/// The day every benchmark command is run as (`--today`): the middle of the due dates.
let benchToday = CalendarDay(year: 2027, month: 3, day: 10)!

// MARK: - Deterministic randomness

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

var rng = SplitMix64(state: seed)

// MARK: - Phrase tables (English, Thai, Japanese)

struct Phrase {
    let en: String
    let th: String
    let ja: String
}

struct WorkstreamSpec {
    let id: String
    let prefix: String
    let title: Phrase
    let subjects: [Phrase]
}

let actions: [Phrase] = [
    Phrase(en: "Feasibility study for", th: "ศึกษาความเป็นไปได้", ja: "の実現可能性調査"),
    Phrase(en: "Pilot project on", th: "โครงการนำร่อง", ja: "のパイロット事業"),
    Phrase(en: "Joint working group on", th: "คณะทำงานร่วมด้าน", ja: "に関する合同作業部会"),
    Phrase(en: "Standards alignment for", th: "ปรับมาตรฐานด้าน", ja: "の規格整合"),
    Phrase(en: "Investment roadshow on", th: "จัดโรดโชว์การลงทุนด้าน", ja: "の投資ロードショー"),
    Phrase(en: "Training programme on", th: "หลักสูตรฝึกอบรมด้าน", ja: "に関する研修プログラム"),
    Phrase(en: "Business matching for", th: "จับคู่ธุรกิจด้าน", ja: "のビジネスマッチング"),
    Phrase(en: "Policy proposal on", th: "ข้อเสนอเชิงนโยบายด้าน", ja: "に関する政策提言"),
    Phrase(en: "Technology transfer in", th: "ถ่ายทอดเทคโนโลยีด้าน", ja: "の技術移転"),
    Phrase(en: "Progress review of", th: "ทบทวนความก้าวหน้า", ja: "の進捗レビュー"),
]

let provinces: [Phrase] = [
    Phrase(en: "Rayong", th: "ระยอง", ja: "ラヨーン"),
    Phrase(en: "Chonburi", th: "ชลบุรี", ja: "チョンブリ"),
    Phrase(en: "Chachoengsao", th: "ฉะเชิงเทรา", ja: "チャチューンサオ"),
    Phrase(en: "Ayutthaya", th: "พระนครศรีอยุธยา", ja: "アユタヤ"),
    Phrase(en: "Bangkok", th: "กรุงเทพมหานคร", ja: "バンコク"),
    Phrase(en: "Chiang Mai", th: "เชียงใหม่", ja: "チェンマイ"),
    Phrase(en: "Khon Kaen", th: "ขอนแก่น", ja: "コンケン"),
    Phrase(en: "Songkhla", th: "สงขลา", ja: "ソンクラー"),
    Phrase(en: "Nakhon Ratchasima", th: "นครราชสีมา", ja: "ナコーンラーチャシーマー"),
    Phrase(en: "Samut Prakan", th: "สมุทรปราการ", ja: "サムットプラカーン"),
    Phrase(en: "Pathum Thani", th: "ปทุมธานี", ja: "パトゥムターニー"),
    Phrase(en: "Prachinburi", th: "ปราจีนบุรี", ja: "プラチンブリ"),
]

let workstreamSpecs: [WorkstreamSpec] = [
    WorkstreamSpec(
        id: "supply-chain", prefix: "SC",
        title: Phrase(
            en: "Next-generation industrial supply chains", th: "เชื่อมโยงห่วงโซ่อุตสาหกรรมยุคใหม่",
            ja: "次世代産業サプライチェーンの連携"),
        subjects: [
            Phrase(en: "EV parts suppliers", th: "ผู้ผลิตชิ้นส่วนยานยนต์ไฟฟ้า", ja: "EV部品サプライヤー"),
            Phrase(en: "semiconductor packaging", th: "การประกอบและบรรจุเซมิคอนดักเตอร์", ja: "半導体パッケージング"),
            Phrase(en: "advanced electronics", th: "อิเล็กทรอนิกส์ขั้นสูง", ja: "先端エレクトロニクス"),
            Phrase(en: "hydrogen fuel cells", th: "เซลล์เชื้อเพลิงไฮโดรเจน", ja: "水素燃料電池"),
            Phrase(en: "clean energy equipment", th: "อุปกรณ์พลังงานสะอาด", ja: "クリーンエネルギー機器"),
            Phrase(en: "automotive software", th: "ซอฟต์แวร์ยานยนต์", ja: "車載ソフトウェア"),
            Phrase(en: "battery cell manufacturing", th: "การผลิตเซลล์แบตเตอรี่", ja: "電池セル製造"),
            Phrase(en: "precision machining", th: "งานกลึงความแม่นยำสูง", ja: "精密加工"),
        ]),
    WorkstreamSpec(
        id: "smes-startups", prefix: "SME",
        title: Phrase(en: "SMEs and startups", th: "พัฒนาศักยภาพ SMEs และ Startups", ja: "中小企業・スタートアップの能力強化"),
        subjects: [
            Phrase(en: "SME digital transformation", th: "การปรับเปลี่ยนสู่ดิจิทัลของ SMEs", ja: "中小企業のDX"),
            Phrase(en: "startup acceleration", th: "การเร่งการเติบโตของสตาร์ทอัพ", ja: "スタートアップ育成"),
            Phrase(en: "monozukuri skills", th: "ทักษะโมโนซุคุริ", ja: "ものづくり技能"),
            Phrase(en: "kaizen coaching", th: "การโค้ชไคเซ็น", ja: "カイゼン指導"),
            Phrase(en: "product certification", th: "การรับรองผลิตภัณฑ์", ja: "製品認証"),
            Phrase(en: "innovation vouchers", th: "คูปองนวัตกรรม", ja: "イノベーション・バウチャー"),
            Phrase(en: "export readiness", th: "ความพร้อมด้านการส่งออก", ja: "輸出準備"),
            Phrase(en: "factory automation", th: "ระบบอัตโนมัติในโรงงาน", ja: "工場自動化"),
        ]),
    WorkstreamSpec(
        id: "circular-economy", prefix: "CE",
        title: Phrase(en: "Circular economy and recycling", th: "วางระบบเศรษฐกิจหมุนเวียนและรีไซเคิล", ja: "循環経済・リサイクル体制の構築"),
        subjects: [
            Phrase(en: "end-of-life vehicles", th: "การจัดการซากรถยนต์", ja: "使用済み自動車"),
            Phrase(en: "EV battery recycling", th: "การรีไซเคิลแบตเตอรี่ยานยนต์ไฟฟ้า", ja: "EV電池リサイクル"),
            Phrase(en: "e-waste collection", th: "การเก็บรวบรวมขยะอิเล็กทรอนิกส์", ja: "電子廃棄物の回収"),
            Phrase(en: "plastic recycling standards", th: "มาตรฐานการรีไซเคิลพลาสติก", ja: "プラスチック再生規格"),
            Phrase(en: "industrial symbiosis", th: "การพึ่งพากันทางอุตสาหกรรม", ja: "産業共生"),
            Phrase(en: "low-carbon factories", th: "โรงงานคาร์บอนต่ำ", ja: "低炭素工場"),
            Phrase(en: "recycled steel", th: "เหล็กรีไซเคิล", ja: "再生鉄鋼"),
            Phrase(en: "rare metal recovery", th: "การนำโลหะหายากกลับมาใช้", ja: "レアメタル回収"),
        ]),
]

let owners = [
    "OIE", "BOI", "TISI", "NIA", "DIW", "DIPROM", "OSMEP", "DPIM", "MOI", "JETRO", "METI", "NEDO", "AOTS",
    "DIPROM / JETRO", "DIW / METI", "DEDE / NEDO", "OSMEP / JETRO", "BOI / JETRO", "TISI / JISC", "EID secretariat",
    "Khun Somchai P.", "Khun Nattaya S.", "Tanaka Hiroshi", "Suzuki Yui", "Khun Prapai W.", "Yamamoto Ken",
]

let noteTexts = [
    "Kick-off with METI counterparts held; ร่างบันทึกความเข้าใจ (MOU) อยู่ระหว่างพิจารณา",
    "Budget request submitted to the Bureau of the Budget — รอผลการพิจารณางบประมาณ",
    "Site visit planned with JETRO Bangkok; 現地視察を調整中",
    "Waiting for the Japanese side's comments on the draft terms of reference",
    "ประสานงานกับสภาอุตสาหกรรมแห่งประเทศไทย (FTI) เพื่อคัดเลือกผู้ประกอบการ",
    "Depends on the standards committee meeting; see minutes of the last EID working group",
    "Pilot firms shortlisted: 12 SMEs in the EEC; 対象企業12社を選定済み",
    "Report to the Minister due before the next EID meeting",
]

// Statuses in fixed proportions (out of 100).
let statusWeights: [(Status, Int)] = [
    (.planned, 40), (.inProgress, 25), (.atRisk, 7), (.blocked, 5), (.done, 18), (.dropped, 5),
]

@MainActor func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
@MainActor func chance(_ percent: Int) -> Bool { Int(rng.next() % 100) < percent }
@MainActor func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }

@MainActor func randomStatus() -> Status {
    var roll = Int(rng.next() % 100)
    for (status, weight) in statusWeights {
        if roll < weight { return status }
        roll -= weight
    }
    return .planned
}

// MARK: - Milestones

let firstDue = CalendarDay(year: 2026, month: 1, day: 1)!.daysSinceEpoch
let lastDue = CalendarDay(year: 2028, month: 12, day: 31)!.daysSinceEpoch
/// History runs from the meeting that started it all to the benchmark's today.
let historyStart = Int64(CalendarDay(year: 2025, month: 12, day: 10)!.daysSinceEpoch) * 86_400
let historyEnd = Int64(benchToday.daysSinceEpoch) * 86_400 + 17 * 3600

struct Generated {
    var milestone: Milestone
    var workstream: Int
    /// The workstream's id, Taskwarrior's project.
    var project: String
    var entry: Timestamp
    var modified: Timestamp
    var started: Timestamp?
    var uuid: String
}

@MainActor func uuid() -> String {
    let a = rng.next(), b = rng.next()
    let hex = String(format: "%016llx%016llx", a, b)
    let chars = Array(hex)
    func part(_ r: Range<Int>) -> String { String(chars[r]) }
    // Version 4, variant 1.
    return "\(part(0..<8))-\(part(8..<12))-4\(part(13..<16))-a\(part(17..<20))-\(part(20..<32))"
}

@MainActor func makeMilestone(id: String, workstream: Int, serial: Int) -> Generated {
    let spec = workstreamSpecs[workstream]
    let action = pick(actions), subject = pick(spec.subjects), province = pick(provinces)
    let phase = serial / 97 + 1
    let title = LocalizedText(translations: [
        .init(language: "en", text: "\(action.en) \(subject.en) in \(province.en), phase \(phase)"),
        .init(language: "th", text: "\(action.th)\(subject.th) จังหวัด\(province.th) ระยะที่ \(phase)"),
        .init(language: "ja", text: "\(province.ja)における\(subject.ja)\(action.ja)（第\(phase)期）"),
    ])
    let status = randomStatus()
    let due: CalendarDay? = chance(2) ? nil : CalendarDay(daysSinceEpoch: number(firstDue...lastDue))
    let owner = pick(owners)
    let notes: String? = chance(50) ? pick(noteTexts) : nil

    // Five moments, oldest first.
    var moments = (0..<5).map { _ in historyStart + Int64(rng.next() % UInt64(historyEnd - historyStart)) }
    moments.sort()
    let at = moments.map { Timestamp(secondsSinceEpoch: $0) }
    // planned → middle → status, where the middle step differs from both ends.
    let middle: Status = status == .inProgress ? .atRisk : .inProgress
    let oldDue = (due ?? CalendarDay(daysSinceEpoch: number(firstDue...lastDue))).adding(days: -number(7...120))
    var firstOwner = pick(owners)
    if firstOwner == owner { firstOwner = "MOI" == owner ? "OIE" : "MOI" }
    let history = [
        HistoryEntry(at: at[0], field: "created", from: nil, to: Status.planned.rawValue),
        HistoryEntry(at: at[1], field: "due", from: oldDue.description, to: due?.description),
        HistoryEntry(at: at[2], field: "status", from: Status.planned.rawValue, to: middle.rawValue),
        HistoryEntry(at: at[3], field: "owner", from: firstOwner, to: owner),
        HistoryEntry(at: at[4], field: "status", from: middle.rawValue, to: status.rawValue),
    ]
    let milestone = Milestone(id: id, title: title, status: status, due: due, owner: owner, notes: notes, history: history)
    return Generated(
        milestone: milestone, workstream: workstream, project: spec.id, entry: at[0], modified: at[4],
        started: status == .inProgress ? at[4] : nil, uuid: uuid())
}

/// N generated milestones, and the roadmap holding them.
@MainActor func generate() -> (Roadmap, [Generated]) {
    var generated: [Generated] = []
    generated.reserveCapacity(count)
    var perWorkstream = [0, 0, 0]
    for i in 0..<count {
        let w = i * 3 / count  // three contiguous, near-equal blocks
        perWorkstream[w] += 1
        generated.append(makeMilestone(id: "\(workstreamSpecs[w].prefix)\(perWorkstream[w])", workstream: w, serial: perWorkstream[w]))
    }

    // MARK: - The programme office's fields on every milestone

    // Every milestone but the first waits for one generated before it (so there is
    // no cycle): mostly one of the 50 before it in its own workstream, one in five
    // any earlier milestone (across workstreams after the first block). Each has a
    // lead side, most a start date, and the baseline below holds every milestone,
    // a third of them due earlier than now (slipped).
    let leads: [Lead] = [.th, .th, .th, .jp, .jp, .joint]
    var baselineEntries: [Baseline.Entry] = []
    baselineEntries.reserveCapacity(count)
    for i in generated.indices {
        if i > 0 {
            let j = chance(20) ? number(0...(i - 1)) : i - 1 - number(0...min(i - 1, 49))
            generated[i].milestone.depends = [generated[j].milestone.id]
        }
        generated[i].milestone.lead = pick(leads)
        let due = generated[i].milestone.due
        if let due, chance(80) { generated[i].milestone.start = due.adding(days: -number(14...120)) }
        let shift = chance(33) ? number(7...90) : 0
        let m = generated[i].milestone
        baselineEntries.append(Baseline.Entry(id: m.id, start: m.start?.adding(days: -shift), due: due?.adding(days: -shift)))
    }
    // The baseline lists milestones in file order, which is workstream by workstream.
    let byWorkstream = generated.indices.sorted { (generated[$0].workstream, $0) < (generated[$1].workstream, $1) }
    let baseline = Baseline(
        name: "Agreed at EID meeting 2025-12-09", at: Timestamp(secondsSinceEpoch: historyStart), by: "bench",
        milestones: byWorkstream.map { baselineEntries[$0] })

    return (Roadmap(
        title: LocalizedText(translations: [
            .init(language: "en", text: "Thai–Japan Industrial Cooperation Roadmap (EID) — benchmark, \(count) milestones"),
            .init(language: "th", text: "แผนที่นำทางความร่วมมือด้านอุตสาหกรรมไทย–ญี่ปุ่น (EID) — ชุดทดสอบ \(count) รายการ"),
            .init(language: "ja", text: "日タイ産業協力ロードマップ（EID）— ベンチマーク \(count) 件"),
        ]),
        notes: "Generated by roadmap-bench-gen \(count) (seed \(seed)) for the benchmarks in Benchmarks/; not real data.",
        baselines: [baseline],
        workstreams: workstreamSpecs.enumerated().map { w, spec in
            Workstream(
                id: spec.id,
                title: LocalizedText(translations: [
                    .init(language: "en", text: spec.title.en), .init(language: "th", text: spec.title.th),
                    .init(language: "ja", text: spec.title.ja),
                ]),
                milestones: generated.filter { $0.workstream == w }.map(\.milestone))
        }), generated)
}

/// The built-in roadmap's milestones as they are: the task dates come from
/// each one's history (the first entry, else the meeting; the last entry).
@MainActor func builtInMilestones() -> (Roadmap, [Generated]) {
    let roadmap = BuiltInRoadmap.load()
    var items: [Generated] = []
    for (w, workstream) in roadmap.workstreams.enumerated() {
        for milestone in workstream.milestones {
            let entry = milestone.history.first?.at ?? Timestamp(secondsSinceEpoch: historyStart)
            let modified = milestone.history.last?.at ?? entry
            items.append(Generated(
                milestone: milestone, workstream: w, project: workstream.id, entry: entry, modified: modified,
                started: milestone.status == .inProgress ? modified : nil, uuid: uuid()))
        }
    }
    return (roadmap, items)
}

let (roadmap, generated) = builtIn ? builtInMilestones() : generate()

// MARK: - Taskwarrior import file

/// Taskwarrior's compact ISO form, e.g. 20270310T170000Z.
func taskDate(_ stamp: Timestamp) -> String {
    stamp.description.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
}

func taskDate(_ day: CalendarDay) -> String {
    day.description.replacingOccurrences(of: "-", with: "") + "T000000Z"
}

func jsonString(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    out += "\""
}

var tasks = "[\n"
tasks.reserveCapacity(count * 700)
for (i, item) in generated.enumerated() {
    let m = item.milestone
    var fields: [(String, String)] = []
    func add(_ key: String, _ value: String) { fields.append((key, value)) }
    add("uuid", item.uuid)
    add("description", m.title.text(in: "en"))
    add("project", item.project)
    switch m.status {
    case .done: add("status", "completed")
    case .dropped: add("status", "deleted")
    default: add("status", "pending")
    }
    add("entry", taskDate(item.entry))
    add("modified", taskDate(item.modified))
    if m.status.isClosed { add("end", taskDate(item.modified)) }
    if let started = item.started { add("start", taskDate(started)) }
    if let due = m.due { add("due", taskDate(due)) }
    // User-defined attributes (declared in the benchmark's taskrc): the rest of the milestone.
    add("mid", m.id)
    if let owner = m.owner { add("owner", owner) }
    add("thai", m.title.text(in: "th"))
    add("japanese", m.title.text(in: "ja"))
    if let lead = m.lead { add("lead", lead.rawValue) }
    var line = "{"
    for (j, (key, value)) in fields.enumerated() {
        if j > 0 { line += "," }
        line += "\"\(key)\":"
        jsonString(value, into: &line)
    }
    var tags: [String] = []
    if m.status == .atRisk { tags.append("atrisk") }
    if m.status == .blocked { tags.append("blocked") }
    if !tags.isEmpty {
        line += ",\"tags\":[" + tags.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }
    if let notes = m.notes {
        line += ",\"annotations\":[{\"entry\":\"\(taskDate(item.modified))\",\"description\":"
        jsonString(notes, into: &line)
        line += "}]"
    }
    line += "}"
    tasks += line
    tasks += i < generated.count - 1 ? ",\n" : "\n"
}
tasks += "]\n"

// MARK: - The milestone both tools change in the `set` benchmark

// An open milestone in the middle of the second workstream: `roadmap set ID --status done`
// and `task ID modify …` then both really change something on every run.
let middle = generated.indices.filter { generated[$0].workstream == 1 }
guard let target = middle.dropFirst(middle.count / 2).first(where: { !generated[$0].milestone.status.isClosed && generated[$0].milestone.status != .inProgress })
    ?? middle.first(where: { !generated[$0].milestone.status.isClosed })
else {
    FileHandle.standardError.write(Data("no open milestone to change\n".utf8))
    exit(70)
}

// MARK: - Write

do {
    try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
    let encoded = RoadmapEncoder.encode(roadmap)
    // Check that the file loads back to the same roadmap before anyone measures it.
    let reloaded = try RoadmapStore.decode(encoded, path: "generated")
    guard reloaded == roadmap, RoadmapEncoder.encode(reloaded) == encoded else {
        FileHandle.standardError.write(Data("generated roadmap does not round-trip\n".utf8))
        exit(70)
    }
    try Data(encoded).write(to: URL(fileURLWithPath: "\(outputFolder)/roadmap.json"))
    try Data(tasks.utf8).write(to: URL(fileURLWithPath: "\(outputFolder)/tasks.json"))
    let counts = Status.allCases.map { status in "\(status.rawValue)=\(generated.filter { $0.milestone.status == status }.count)" }
    let env = """
        BENCH_COUNT=\(count)
        BENCH_SEED=\(seed)
        BENCH_TODAY=\(benchToday)
        BENCH_SET_ID=\(generated[target].milestone.id)
        BENCH_SET_UUID=\(generated[target].uuid)
        BENCH_OPEN=\(generated.filter { !$0.milestone.status.isClosed }.count)
        BENCH_STATUSES="\(counts.joined(separator: " "))"

        """
    try Data(env.utf8).write(to: URL(fileURLWithPath: "\(outputFolder)/bench.env"))
    print("\(outputFolder): \(count) milestones, roadmap.json \(encoded.count) bytes, tasks.json \(tasks.utf8.count) bytes")
} catch {
    FileHandle.standardError.write(Data("roadmap-bench-gen: \(error)\n".utf8))
    exit(74)
}
