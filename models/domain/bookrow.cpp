#include "bookrow.h"

namespace csm {

void BookRow::rebuildSearchText()
{
    const QString lowerName = name.toLower();
    sortNameLength = lowerName.size();
    searchText = lowerName % u'\n' % (domain % u'\n' % crmId % u'\n' % owner % u'\n' % tags).toLower();
    for (int word = 0; word < 2; ++word) {
        quint64 key = 0;
        for (int i = 0; i < 4; ++i) {
            const qsizetype at = word * 4 + i;
            key = (key << 16) | (at < lowerName.size() ? lowerName[at].unicode() : 0);
        }
        sortNamePrefix[word] = key;
    }
}

} // namespace csm
