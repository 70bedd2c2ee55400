/* test_version.c - version calls, status texts. */
#include "muwazi.h"
#include "tap.h"

int main(void)
{
	OK(mwz_version() == MWZ_VERSION_NUMBER, "runtime version matches header");
	OK_STR(mwz_version_string(), MWZ_VERSION_STRING, "version string");
	OK(strlen(mwz_dep_version(MWZ_DEP_ICU)) > 0, "ICU version %s", mwz_dep_version(MWZ_DEP_ICU));
	OK(strlen(mwz_dep_version(MWZ_DEP_UNICODE)) > 0, "Unicode version %s", mwz_dep_version(MWZ_DEP_UNICODE));
	OK(strlen(mwz_dep_version(MWZ_DEP_UTF8PROC)) > 0, "utf8proc version %s", mwz_dep_version(MWZ_DEP_UTF8PROC));
	OK(strcmp(mwz_dep_version(999), "") == 0, "unknown dependency gives empty string");
	OK(strcmp(mwz_strerror(MWZ_EUTF8), "invalid UTF-8") == 0, "strerror text");
	OK(strcmp(mwz_strerror(12345), "unknown error") == 0, "strerror of unknown code");
	mwz_free(NULL);
	OK(1, "mwz_free(NULL) is harmless");
	TAP_DONE();
}
