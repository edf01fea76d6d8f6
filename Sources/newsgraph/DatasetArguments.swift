import ArgumentParser
import Foundation
import NewsGraph

/// Which fields of a dataset's records (JSON Lines, JSON, CSV, TSV) hold the article: each
/// option names one field (a JSON key, `source.name` inside an object, or a CSV column), instead
/// of the names looked for by default.
struct DatasetArguments: ParsableArguments {
    @Option(name: [.customLong("text-field"), .customLong("text-column")], help: ArgumentHelp(
        "The field holding the article's text (default: text, content, body, maintext, …).", valueName: "name"))
    var textField: String?

    @Option(name: [.customLong("title-field"), .customLong("title-column")], help: ArgumentHelp(
        "The field holding its title (default: title, headline).", valueName: "name"))
    var titleField: String?

    @Option(name: [.customLong("date-field"), .customLong("date-column")], help: ArgumentHelp(
        "The field holding its date (default: date, published, date_publish, publish_date, …).", valueName: "name"))
    var dateField: String?

    @Option(name: [.customLong("id-field"), .customLong("id-column")], help: ArgumentHelp(
        "The field holding the record's own id (default: id, _id, uuid, guid).", valueName: "name"))
    var idField: String?

    @Option(name: [.customLong("url-field"), .customLong("url-column")], help: ArgumentHelp(
        "The field holding its URL (default: url, link, source).", valueName: "name"))
    var urlField: String?

    func validate() throws {
        for (option, value) in [("--text-field", textField), ("--title-field", titleField), ("--date-field", dateField),
                                ("--id-field", idField), ("--url-field", urlField)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("\(option) needs a field name")
            }
        }
    }

    var fields: DatasetFields {
        DatasetFields(text: textField, title: titleField, date: dateField, id: idField, url: urlField)
    }
}
