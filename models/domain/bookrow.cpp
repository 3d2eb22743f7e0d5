#include "bookrow.h"

namespace csm {

void BookRow::rebuildSearchText()
{
    searchText = (name % u'\n' % domain % u'\n' % crmId % u'\n' % owner % u'\n' % tags).toLower();
}

} // namespace csm
