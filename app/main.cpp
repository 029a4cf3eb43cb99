#include "application.h"

int main(int argc, char *argv[])
{
    return Sourcelight::runApplication(argc, argv);
}
