#include "storage/migrations.h"

#include "storage/schemasteps.h"

namespace linli {

const QList<Migration> &migrations() {
    static const QList<Migration> steps = {
        {1, schemaStep1()}, {2, schemaStep2()},   {3, schemaStep3()}, {4, schemaStep4()},
        {5, schemaStep5()}, {6, schemaStep6()},   {7, schemaStep7()}, {8, schemaStep8()},
        {9, schemaStep9()}, {10, schemaStep10()},
    };
    return steps;
}

int latestSchemaVersion() {
    return migrations().constLast().version;
}

} // namespace linli
