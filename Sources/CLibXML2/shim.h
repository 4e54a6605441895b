// libxml2 includes ICU's headers when built with ICU; they clash with Foundation's own copy of
// ICU in any Swift module that sees both. govdoc never uses libxml2's ICU converters, and only
// handles xmlCharEncodingHandler by pointer, so the ICU part of libxml2's headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
