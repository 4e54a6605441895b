import Foundation
import GovDocKit

// usage: BulkReports TOWNS.csv OUTPUT-DIR
// CSV header: issuer,year,date,new_natural,new_business,published_natural,published_business,pending_natural,pending_business
// Every other number of the national tables is 0; totals are computed and 勾稽 is checked.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: BulkReports TOWNS.csv OUTPUT-DIR\n".utf8))
    exit(2)
}
let csv = try String(contentsOfFile: arguments[1], encoding: .utf8)
let output = URL(fileURLWithPath: arguments[2])
try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)

var lines = csv.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
let header = lines.removeFirst()
var failures = 0
for (index, fields) in lines.enumerated() {
    let row = Dictionary(uniqueKeysWithValues: zip(header, fields))
    func number(_ key: String) -> Double { Double(row[key] ?? "") ?? 0 }
    let issuer = row["issuer"] ?? "", year = Int(row["year"] ?? "") ?? 0
    do {
        let tables = try AnnualReportTables.make(values: [
            "申请/本年新收/自然人": number("new_natural"),
            "申请/本年新收/商业企业": number("new_business"),
            "申请/予以公开/自然人": number("published_natural"),
            "申请/予以公开/商业企业": number("published_business"),
            "申请/结转下年度继续办理/自然人": number("pending_natural"),
            "申请/结转下年度继续办理/商业企业": number("pending_business"),
        ], zeroIfMissing: true)
        let received = Int(number("new_natural") + number("new_business"))
        let report = try Document(title: "\(issuer)\(year)年政府信息公开工作年度报告") {
            Heading("一、总体情况")
            Paragraph("本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限为\(year)年1月1日至12月31日。")
            Heading(level: 2, "依申请公开情况")
            Paragraph("\(year)年度共收到政府信息公开申请\(received)件。")
            Heading("二、主动公开政府信息情况")
            tables[2]!
            Heading("三、收到和处理政府信息公开申请情况")
            tables[3]!
            Heading("四、政府信息公开行政复议、行政诉讼情况")
            tables[4]!
            Heading("五、存在的主要问题及改进情况")
            Paragraph("公开形式的便民性需要进一步提高。")
            Heading("六、其他需要报告的事项")
            Paragraph("本年度未收取信息处理费。")
            Signature(issuer: issuer, date: row["date"])
        }
        let base = output.appendingPathComponent("report-\(index + 1)")
        try report.write(to: base.path + ".docx", format: .docx)
        try report.write(to: base.path + ".odt", format: .odt)
        print("wrote \(base.lastPathComponent).docx and .odt for \(issuer)")
    } catch {
        failures += 1
        FileHandle.standardError.write(Data("row \(index + 2) (\(issuer)): \(error)\n".utf8))
    }
}
print("\(lines.count - failures) exported, \(failures) failed")
exit(failures == 0 ? 0 : 1)
