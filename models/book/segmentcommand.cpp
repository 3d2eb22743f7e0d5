#include "segmentcommand.h"

#include "booksession.h"

#include <QCoreApplication>

namespace csm {

SegmentCommand::SegmentCommand(BookSession *session, qint64 accountId, const QString &accountName,
                               Segment oldSegment, bool oldOverride, std::optional<Segment> newSegment)
    : m_session(session)
    , m_accountId(accountId)
    , m_oldSegment(oldSegment)
    , m_oldOverride(oldOverride)
    , m_newSegment(newSegment)
{
    setText(newSegment ? QCoreApplication::translate("csm::SegmentCommand", "Set %1 to %2")
                             .arg(accountName, segmentDisplayName(*newSegment))
                       : QCoreApplication::translate("csm::SegmentCommand", "Return %1 to automatic segment")
                             .arg(accountName));
}

void SegmentCommand::redo()
{
    Segment target;
    if (m_newSegment) {
        target = *m_newSegment;
    } else {
        auto automatic = m_session->automaticSegment(m_accountId);
        if (!automatic) {
            setObsolete(true);
            return;
        }
        target = *automatic;
    }
    if (!m_session->writeSegment(m_accountId, target, m_newSegment.has_value()))
        setObsolete(true);
}

void SegmentCommand::undo()
{
    // A failed write is reported by the session; the stack cannot refuse an undo.
    static_cast<void>(m_session->writeSegment(m_accountId, m_oldSegment, m_oldOverride));
}

} // namespace csm
