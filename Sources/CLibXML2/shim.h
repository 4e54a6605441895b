#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
