/* pkgconfig_example.c - the README's example: a program linking libmuwazi via pkg-config. */
#include <muwazi.h>
#include <stdio.h>

int main(void)
{
	printf("muwazi %s\n", mwz_version_string());
	return 0;
}
