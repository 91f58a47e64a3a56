// Generated from seeds/eid-roadmap.json; BuiltInRoadmapTests checks they are equal.
// To regenerate: ROADMAP_UPDATE_BUILTIN=1 swift test --filter BuiltInRoadmapTests

/// The built-in Thai–Japan EID roadmap, compiled into the binary so that
/// `roadmap` works from any folder. Its source is `seeds/eid-roadmap.json`.
public enum BuiltInRoadmap {
    /// The file's exact text.
    public static let json: String = #"""
{
  "schema": 3,
  "title": {
    "en": "Thai–Japan Industrial Cooperation Roadmap (EID)",
    "th": "แผนที่นำทางความร่วมมือด้านอุตสาหกรรมไทย–ญี่ปุ่น (EID)",
    "ja": "日タイ産業協力ロードマップ（EID）"
  },
  "notes": "Drawn from the Ministry of Industry news release of 2025-12-10 (seeds/000_3e544fa88a2ec39b.txt) on the 9 December 2025 meeting of Minister of Industry Thanakorn Wangboonkongchana and Ambassador of Japan OTAKA Masato. Owners, leads, statuses, start and due dates, dependencies and the baseline are illustrative, to be replaced by the agreed joint EID roadmap.",
  "timeZone": "Asia/Bangkok",
  "baselines": [
    {
      "name": "Agreed at EID meeting 2025-12-09",
      "at": "2025-12-09T09:00:00Z",
      "by": "EID secretariat",
      "notes": "Illustrative: the dates first drawn up from the seed document, standing in for the joint EID roadmap the two sides will agree.",
      "milestones": [
        {"id": "SC1", "start": "2025-12-09", "due": "2026-03-31"},
        {"id": "SC2", "start": "2026-01-05", "due": "2027-06-30"},
        {"id": "SC3", "start": "2027-01-04", "due": "2028-03-31"},
        {"id": "SC4", "start": "2027-01-04", "due": "2028-06-30"},
        {"id": "SC5", "start": "2026-10-01", "due": "2027-09-30"},
        {"id": "SC6", "start": "2027-01-04", "due": "2027-03-31"},
        {"id": "SC7", "start": "2025-12-10", "due": "2026-11-27"},
        {"id": "SME1", "start": "2026-02-02", "due": "2027-03-31"},
        {"id": "SME2", "start": "2027-01-04", "due": "2027-09-30"},
        {"id": "SME3", "start": "2026-10-01", "due": "2027-06-30"},
        {"id": "SME4", "start": "2026-01-05", "due": "2026-09-30"},
        {"id": "SME5", "start": "2026-04-01", "due": "2027-06-30"},
        {"id": "SME6", "start": "2027-01-04", "due": "2027-12-24"},
        {"id": "SME7", "start": "2028-01-04", "due": "2028-03-31"},
        {"id": "CE1", "start": "2027-01-04", "due": "2027-12-24"},
        {"id": "CE2", "start": "2026-01-05", "due": "2026-09-30"},
        {"id": "CE3", "start": "2026-04-01", "due": "2027-03-31"},
        {"id": "CE4", "start": "2027-07-01", "due": "2028-03-31"},
        {"id": "CE5", "start": "2026-06-01", "due": "2027-02-26"},
        {"id": "CE6", "start": "2027-04-01", "due": "2028-06-30"},
        {"id": "CE7", "start": "2027-10-01", "due": "2028-12-22"}
      ]
    }
  ],
  "workstreams": [
    {
      "id": "supply-chain",
      "title": {
        "en": "Next-generation industrial supply chains",
        "th": "เชื่อมโยงห่วงโซ่อุตสาหกรรมยุคใหม่",
        "ja": "次世代産業サプライチェーンの連携"
      },
      "milestones": [
        {
          "id": "SC1",
          "title": {
            "en": "Confirm EID framework and working groups",
            "th": "ยืนยันกรอบดำเนินงานและคณะทำงานภายใต้กลไก EID",
            "ja": "EIDの枠組みと作業部会の確認"
          },
          "status": "done",
          "start": "2025-12-09",
          "due": "2026-03-31",
          "owner": "MOI / METI",
          "lead": "joint",
          "notes": "Seed: both sides confirmed the EID framework — \"ยืนยันกรอบดำเนินงานภายใต้กลไกหารือพลังงานและอุตสาหกรรมไทย–ญี่ปุ่น (EID)\".",
          "history": []
        },
        {
          "id": "SC2",
          "title": {
            "en": "Next-generation automotive and EV parts cooperation",
            "th": "ความร่วมมืออุตสาหกรรมยานยนต์สมัยใหม่และชิ้นส่วนยานยนต์ไฟฟ้า",
            "ja": "次世代自動車・EV部品分野の協力"
          },
          "status": "in-progress",
          "start": "2026-01-05",
          "due": "2027-06-30",
          "owner": "OIE",
          "lead": "th",
          "notes": "Seed: commitment 1 (next-generation supply chains) — \"ร่วมขยายความร่วมมือในอุตสาหกรรมยานยนต์สมัยใหม่\".",
          "history": []
        },
        {
          "id": "SC3",
          "title": {
            "en": "Semiconductor and advanced electronics supply chain",
            "th": "ห่วงโซ่อุปทานเซมิคอนดักเตอร์และอิเล็กทรอนิกส์ขั้นสูง",
            "ja": "半導体・先端エレクトロニクスのサプライチェーン構築"
          },
          "status": "planned",
          "start": "2027-01-04",
          "due": "2028-03-31",
          "owner": "BOI",
          "lead": "th",
          "notes": "Seed: commitment 1 (next-generation supply chains) — \"เซมิคอนดักเตอร์ อิเล็กทรอนิกส์ขั้นสูง\".",
          "depends": ["SC7"],
          "history": []
        },
        {
          "id": "SC4",
          "title": {
            "en": "Clean energy industry cooperation",
            "th": "ความร่วมมืออุตสาหกรรมพลังงานสะอาด",
            "ja": "クリーンエネルギー産業の協力"
          },
          "status": "planned",
          "start": "2027-01-04",
          "due": "2028-06-30",
          "owner": "DEDE / NEDO",
          "lead": "joint",
          "notes": "Seed: commitment 1 (next-generation supply chains) — \"และพลังงานสะอาด เพื่อสร้างห่วงโซ่การผลิตที่แข็งแรงร่วมกัน\".",
          "depends": ["SC7"],
          "history": []
        },
        {
          "id": "SC5",
          "title": {
            "en": "Bring Thai SMEs into Japanese supplier networks",
            "th": "ผลักดัน SMEs ไทยเข้าสู่เครือข่ายผู้ผลิตของญี่ปุ่น",
            "ja": "タイ中小企業の日系サプライヤー網への参入"
          },
          "status": "planned",
          "start": "2026-10-01",
          "due": "2027-09-30",
          "owner": "DIPROM / JETRO",
          "lead": "jp",
          "notes": "Seed: commitment 1 (next-generation supply chains) — \"ไทยพร้อมผลักดัน SMEs เข้าสู่เครือข่ายญี่ปุ่น\".",
          "depends": ["SME4"],
          "history": []
        },
        {
          "id": "SC6",
          "title": {
            "en": "Investment facilitation and incentive package",
            "th": "มาตรการอำนวยความสะดวกด้านการลงทุนและสิทธิประโยชน์",
            "ja": "投資円滑化と優遇措置パッケージ"
          },
          "status": "planned",
          "start": "2027-01-04",
          "due": "2027-03-31",
          "owner": "BOI",
          "lead": "th",
          "notes": "Seed: commitment 1 (next-generation supply chains) — \"อำนวยความสะดวกด้านการลงทุนและสิทธิประโยชน์เต็มที่\".",
          "depends": ["SC7"],
          "history": []
        },
        {
          "id": "SC7",
          "title": {
            "en": "Adopt joint cooperation Roadmap under EID",
            "th": "จัดทำ Roadmap ความร่วมมือร่วมกันภายใต้กลไก EID",
            "ja": "EIDに基づく共同協力ロードマップの策定"
          },
          "status": "in-progress",
          "start": "2025-12-10",
          "due": "2026-12-18",
          "owner": "EID secretariat",
          "lead": "joint",
          "notes": "Seed: EID closing agreement — \"พร้อมเร่งจัดทำ Roadmap ความร่วมมือร่วมกัน\" with clear timelines and concrete results for the private sector.",
          "history": [
            {"at": "2026-11-02T02:30:00Z", "field": "due", "from": "2026-11-27", "to": "2026-12-18", "by": "EID secretariat", "reason": "joint roadmap text under review in Tokyo"}
          ]
        }
      ]
    },
    {
      "id": "smes-startups",
      "title": {
        "en": "SMEs and startups",
        "th": "พัฒนาศักยภาพ SMEs และ Startups",
        "ja": "中小企業・スタートアップの能力強化"
      },
      "milestones": [
        {
          "id": "SME1",
          "title": {
            "en": "Thai–Japan SME knowledge exchange programme",
            "th": "โครงการแลกเปลี่ยนองค์ความรู้ SMEs ไทย–ญี่ปุ่น",
            "ja": "日タイ中小企業ナレッジ交流プログラム"
          },
          "status": "in-progress",
          "start": "2026-02-02",
          "due": "2027-03-31",
          "owner": "OSMEP",
          "lead": "th",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"ทั้งสองประเทศจะเร่งแลกเปลี่ยนองค์ความรู้\".",
          "history": []
        },
        {
          "id": "SME2",
          "title": {
            "en": "Align SME product standards with Japan",
            "th": "ยกระดับมาตรฐานผลิตภัณฑ์ SMEs ให้สอดคล้องกับญี่ปุ่น",
            "ja": "中小企業製品規格の日本基準との整合"
          },
          "status": "planned",
          "start": "2027-01-04",
          "due": "2027-09-30",
          "owner": "TISI",
          "lead": "th",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"แลกเปลี่ยนองค์ความรู้ มาตรฐาน และเทคโนโลยี\" (standards).",
          "depends": ["SC7"],
          "history": []
        },
        {
          "id": "SME3",
          "title": {
            "en": "Technology transfer for Thai SME manufacturers",
            "th": "ถ่ายทอดเทคโนโลยีให้ผู้ประกอบการ SMEs ไทย",
            "ja": "タイ中小製造業への技術移転"
          },
          "status": "planned",
          "start": "2026-10-01",
          "due": "2027-06-30",
          "owner": "DIPROM",
          "lead": "th",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"แลกเปลี่ยนองค์ความรู้ มาตรฐาน และเทคโนโลยี\" (technology).",
          "history": []
        },
        {
          "id": "SME4",
          "title": {
            "en": "Business matching with Japanese business networks",
            "th": "จับคู่ธุรกิจกับเครือข่ายธุรกิจญี่ปุ่น",
            "ja": "日本企業ネットワークとのビジネスマッチング"
          },
          "status": "done",
          "start": "2026-01-05",
          "due": "2026-09-30",
          "owner": "JETRO / OSMEP",
          "lead": "jp",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"เพื่อให้ผู้ประกอบการไทยเชื่อมต่อกับเครือข่ายธุรกิจญี่ปุ่นมากขึ้น\".",
          "history": []
        },
        {
          "id": "SME5",
          "title": {
            "en": "Upskill industrial workforce with Japanese partners",
            "th": "ยกระดับทักษะบุคลากรภาคอุตสาหกรรมร่วมกับญี่ปุ่น",
            "ja": "日本と連携した産業人材の育成"
          },
          "status": "in-progress",
          "start": "2026-04-01",
          "due": "2027-06-30",
          "owner": "DIPROM / AOTS",
          "lead": "joint",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"ควบคู่กับการยกระดับบุคลากร\".",
          "history": []
        },
        {
          "id": "SME6",
          "title": {
            "en": "Strengthen the industrial innovation system",
            "th": "เสริมสร้างระบบนวัตกรรมภาคอุตสาหกรรม",
            "ja": "産業イノベーション・システムの強化"
          },
          "status": "planned",
          "start": "2027-01-04",
          "due": "2027-12-24",
          "owner": "NIA",
          "lead": "th",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"การยกระดับบุคลากรและระบบนวัตกรรม\".",
          "depends": ["SC7"],
          "history": []
        },
        {
          "id": "SME7",
          "title": {
            "en": "Thai–Japan startup acceleration programme",
            "th": "โครงการเร่งการเติบโตสตาร์ทอัพไทย–ญี่ปุ่น",
            "ja": "日タイ・スタートアップ育成プログラム"
          },
          "status": "planned",
          "start": "2028-01-04",
          "due": "2028-03-31",
          "owner": "NIA / JETRO",
          "lead": "joint",
          "notes": "Seed: commitment 2 (SMEs and startups) — \"เพื่อให้ SMEs และ Startups เป็นกำลังหลักของเศรษฐกิจใหม่\".",
          "depends": ["SME6"],
          "history": []
        }
      ]
    },
    {
      "id": "circular-economy",
      "title": {
        "en": "Circular economy and recycling",
        "th": "วางระบบเศรษฐกิจหมุนเวียนและรีไซเคิล",
        "ja": "循環経済・リサイクル体制の構築"
      },
      "milestones": [
        {
          "id": "CE1",
          "title": {
            "en": "Develop recycling industry infrastructure",
            "th": "พัฒนาโครงสร้างพื้นฐานอุตสาหกรรมรีไซเคิล",
            "ja": "リサイクル産業インフラの整備"
          },
          "status": "planned",
          "start": "2027-01-04",
          "due": "2027-12-24",
          "owner": "DIW",
          "lead": "th",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"ร่วมพัฒนาโครงสร้างพื้นฐานและมาตรฐานสำหรับอุตสาหกรรมรีไซเคิล\" (infrastructure).",
          "depends": ["CE2"],
          "history": []
        },
        {
          "id": "CE2",
          "title": {
            "en": "Draft recycling industry standards",
            "th": "จัดทำมาตรฐานอุตสาหกรรมรีไซเคิล",
            "ja": "リサイクル産業規格の策定"
          },
          "status": "at-risk",
          "start": "2026-01-05",
          "due": "2026-10-30",
          "owner": "TISI",
          "lead": "th",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"มาตรฐานสำหรับอุตสาหกรรมรีไซเคิล\" (standards).",
          "history": [
            {"at": "2026-09-15T03:00:00Z", "field": "due", "from": "2026-09-30", "to": "2026-10-30", "by": "TISI", "reason": "the draft needs a second public hearing"},
            {"at": "2026-10-20T03:00:00Z", "field": "status", "from": "in-progress", "to": "at-risk", "by": "TISI", "reason": "comments from the hearing not yet resolved"}
          ]
        },
        {
          "id": "CE3",
          "title": {
            "en": "End-of-life vehicle management system",
            "th": "ระบบการจัดการซากรถยนต์อย่างเป็นระบบ",
            "ja": "使用済み自動車の適正処理システム"
          },
          "status": "blocked",
          "start": "2026-04-01",
          "due": "2027-06-30",
          "owner": "DIW",
          "lead": "th",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"การจัดการซากรถและแบตเตอรี่อย่างเป็นระบบ\" (end-of-life vehicles).",
          "history": [
            {"at": "2026-10-05T04:00:00Z", "field": "due", "from": "2027-03-31", "to": "2027-06-30", "by": "DIW", "reason": "waiting for the vehicle deregistration rules of the Department of Land Transport"},
            {"at": "2026-10-05T04:01:00Z", "field": "status", "from": "in-progress", "to": "blocked", "by": "DIW", "reason": "waiting for the vehicle deregistration rules of the Department of Land Transport"}
          ]
        },
        {
          "id": "CE4",
          "title": {
            "en": "EV battery collection, reuse and recycling",
            "th": "ระบบจัดเก็บ ใช้ซ้ำ และรีไซเคิลแบตเตอรี่ยานยนต์ไฟฟ้า",
            "ja": "EV電池の回収・リユース・リサイクル"
          },
          "status": "planned",
          "start": "2027-07-01",
          "due": "2028-03-31",
          "owner": "DPIM",
          "lead": "th",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"การจัดการซากรถและแบตเตอรี่อย่างเป็นระบบ\" (batteries).",
          "depends": ["CE3", "SC2"],
          "history": []
        },
        {
          "id": "CE5",
          "title": {
            "en": "Learn from Japan's recycling laws and practice",
            "th": "ศึกษาประสบการณ์ด้านกฎหมายและระบบรีไซเคิลของญี่ปุ่น",
            "ja": "日本のリサイクル法制度と実践に学ぶ"
          },
          "status": "in-progress",
          "start": "2026-06-01",
          "due": "2027-02-26",
          "owner": "DIW / METI",
          "lead": "jp",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"ไทยต้องการเรียนรู้ประสบการณ์จากญี่ปุ่นเพื่อนำมาต่อยอด\".",
          "history": []
        },
        {
          "id": "CE6",
          "title": {
            "en": "Reduce industry's dependence on virgin resources",
            "th": "ลดการพึ่งพาทรัพยากรในภาคอุตสาหกรรม",
            "ja": "産業における天然資源依存の低減"
          },
          "status": "planned",
          "start": "2027-04-01",
          "due": "2028-06-30",
          "owner": "OIE",
          "lead": "th",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"ลดการพึ่งพาทรัพยากร\".",
          "history": []
        },
        {
          "id": "CE7",
          "title": {
            "en": "Set low-carbon industry targets",
            "th": "กำหนดเป้าหมายอุตสาหกรรมคาร์บอนต่ำ",
            "ja": "低炭素産業の目標設定"
          },
          "status": "planned",
          "start": "2027-10-01",
          "due": "2028-12-22",
          "owner": "MOI",
          "lead": "th",
          "notes": "Seed: commitment 3 (circular economy and recycling) — \"ก้าวสู่สังคมคาร์บอนต่ำอย่างจริงจัง\".",
          "history": []
        }
      ]
    }
  ]
}

"""#

    /// The parsed roadmap.
    public static func load() -> Roadmap {
        // The text is checked by tests, so a failure here is a build defect.
        try! RoadmapStore.decode(Array(json.utf8), path: "built-in roadmap")
    }
}
