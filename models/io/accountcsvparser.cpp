#include "accountparser.h"
#include "accountrecordbuilder.h"
#include "csvreader.h"
#include "utf8text.h"

#include <algorithm>
#include <optional>

namespace csm {

namespace {

using HeaderFields = QList<std::optional<AccountField>>; // per column; nullopt = skipped

// Maps the header to fields. Returns nullopt after reporting when the header cannot be trusted,
// because every record would then fail the same way and bury the one real problem.
std::optional<HeaderFields> readHeader(
    const CsvRecord &header, const ColumnMapping &mapping, AccountRecordBuilder &builder)
{
    HeaderFields fields;
    std::array<int, AllAccountFields.size()> columnOf {}; // 1-based; 0 = absent
    bool ok = true;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed();
        const auto field = accountFieldFromKey(mapping.fieldFor(name));
        const int column = int(i) + 1;
        if (!field) {
            builder.skipColumn(name);
        } else if (int &first = columnOf[std::size_t(*field)]; first != 0) {
            builder.issue(header.line, column,
                AccountImport::tr("column '%1' is field %2 again; column %3 already is")
                    .arg(name, accountFieldKey(*field))
                    .arg(first));
            ok = false;
        } else {
            first = column;
        }
        fields.append(field);
    }
    for (AccountField field : AllAccountFields) {
        if (isRequiredAccountField(field) && columnOf[std::size_t(field)] == 0) {
            builder.issue(header.line, 0, AccountImport::tr("the header has no %1 column").arg(accountFieldKey(field)));
            ok = false;
        }
    }
    return ok ? std::optional(fields) : std::nullopt;
}

} // namespace

ParsedAccounts parseAccountsCsv(const QByteArray &data, const QString &fileName, const ColumnMapping &mapping)
{
    AccountRecordBuilder builder(fileName);
    const QByteArrayView bytes = withoutUtf8Bom(data);
    const DecodedText decoded = decodeUtf8(bytes);
    if (!decoded.ok()) {
        const TextPosition at = textPositionAt(bytes, decoded.invalidOffset);
        const auto byte = static_cast<unsigned char>(bytes[decoded.invalidOffset]);
        builder.issue(at.line, at.column,
            AccountImport::tr("byte 0x%1 is not valid UTF-8; save the file as UTF-8")
                .arg(QString::number(byte, 16).toUpper()));
        return builder.take();
    }

    const CsvTable table = readCsv(decoded.text);
    for (const ImportIssue &issue : table.issues)
        builder.issue(issue.line, issue.column, issue.message);
    if (table.records.isEmpty()) {
        if (table.issues.isEmpty())
            builder.issue(0, 0, AccountImport::tr("the file contains no accounts"));
        return builder.take();
    }

    const CsvRecord &header = table.records.first();
    const std::optional<HeaderFields> fields = readHeader(header, mapping, builder);
    if (!fields)
        return builder.take();
    if (table.records.size() == 1)
        builder.issue(0, 0, AccountImport::tr("the file contains no accounts, only a header"));

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records[r];
        if (record.fields.size() != fields->size()) {
            builder.issue(record.line, int(record.fields.size()),
                AccountImport::tr("this row has %1 fields but the header has %2")
                    .arg(record.fields.size())
                    .arg(fields->size()));
            continue;
        }
        builder.begin(record.line, 0);
        for (qsizetype i = 0; i < record.fields.size(); ++i)
            if (const auto field = fields->at(i))
                builder.setText(*field, record.fields[i].trimmed(), record.line, int(i) + 1);
        builder.finish();
    }

    return builder.take();
}

} // namespace csm
