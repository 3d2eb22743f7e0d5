#pragma once

#include "domain/segment.h"

#include <QUndoCommand>

#include <optional>

namespace csm {

class BookSession;

/// Sets or clears a manual segment; undo restores the previous segment and override flag.
class SegmentCommand final : public QUndoCommand
{
public:
    SegmentCommand(BookSession *session, qint64 accountId, const QString &accountName, Segment oldSegment,
                   bool oldOverride, std::optional<Segment> newSegment);

    void redo() override;
    void undo() override;

private:
    BookSession *m_session;
    qint64 m_accountId;
    Segment m_oldSegment;
    bool m_oldOverride;
    std::optional<Segment> m_newSegment;
};

} // namespace csm
