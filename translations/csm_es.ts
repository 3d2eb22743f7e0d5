<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>no account with id %1</source>
        <translation>no hay ninguna cuenta con id %1</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>no se puede iniciar la importación: %1</translation>
    </message>
    <message numerus="yes">
        <source>the book already has %n account(s); demo data goes into an empty book</source>
        <translation>
            <numerusform>la cartera ya tiene %n cuenta; los datos de demostración van a una cartera vacía</numerusform>
            <numerusform>la cartera ya tiene %n cuentas; los datos de demostración van a una cartera vacía</numerusform>
        </translation>
    </message>
    <message>
        <source>a demo book has 1 to %1 accounts, not %2</source>
        <translation>una cartera de demostración tiene de 1 a %1 cuentas, no %2</translation>
    </message>
    <message>
        <source>cannot start writing the demo book: %1</source>
        <translation>no se puede empezar a escribir la cartera de demostración: %1</translation>
    </message>
    <message>
        <source>segment shares must be between 0% and 100% and add up to at most 100%</source>
        <translation>las proporciones de los segmentos deben estar entre 0% y 100% y sumar como máximo 100%</translation>
    </message>
    <message>
        <source>ARR thresholds cannot be negative</source>
        <translation>los umbrales de ARR no pueden ser negativos</translation>
    </message>
    <message>
        <source>the mid-touch threshold must not be above the high-touch threshold</source>
        <translation>el umbral mid-touch no puede ser mayor que el umbral high-touch</translation>
    </message>
    <message>
        <source>segmentation rules are not valid JSON: %1</source>
        <translation>las reglas de segmentación no son JSON válido: %1</translation>
    </message>
    <message>
        <source>unknown segmentation mode &apos;%1&apos;</source>
        <translation>modo de segmentación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot start recomputing segments: %1</source>
        <translation>no se puede iniciar el recálculo de segmentos: %1</translation>
    </message>
    <message>
        <source>cannot read accounts for segmentation</source>
        <translation>no se pueden leer las cuentas para la segmentación</translation>
    </message>
    <message>
        <source>cannot read account</source>
        <translation>no se puede leer la cuenta</translation>
    </message>
    <message>
        <source>cannot read accounts</source>
        <translation>no se pueden leer las cuentas</translation>
    </message>
    <message>
        <source>cannot count accounts</source>
        <translation>no se pueden contar las cuentas</translation>
    </message>
    <message>
        <source>cannot add account %1</source>
        <translation>no se puede añadir la cuenta %1</translation>
    </message>
    <message>
        <source>cannot save account %1</source>
        <translation>no se puede guardar la cuenta %1</translation>
    </message>
    <message>
        <source>cannot change the segment</source>
        <translation>no se puede cambiar el segmento</translation>
    </message>
    <message>
        <source>cannot write segments</source>
        <translation>no se pueden escribir los segmentos</translation>
    </message>
    <message>
        <source>cannot read usage</source>
        <translation>no se puede leer el uso</translation>
    </message>
    <message>
        <source>cannot record usage</source>
        <translation>no se puede registrar el uso</translation>
    </message>
    <message>
        <source>cannot read survey responses</source>
        <translation>no se pueden leer las respuestas de encuestas</translation>
    </message>
    <message>
        <source>cannot record the survey response</source>
        <translation>no se puede registrar la respuesta de la encuesta</translation>
    </message>
    <message>
        <source>cannot read tickets</source>
        <translation>no se pueden leer los tickets</translation>
    </message>
    <message>
        <source>cannot record the ticket</source>
        <translation>no se puede registrar el ticket</translation>
    </message>
    <message>
        <source>cannot read the book</source>
        <translation>no se puede leer la cartera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot read account %1</source>
        <translation>no se puede leer la cuenta %1</translation>
    </message>
    <message>
        <source>cannot read setting %1</source>
        <translation>no se puede leer el ajuste %1</translation>
    </message>
    <message>
        <source>cannot save setting %1</source>
        <translation>no se puede guardar el ajuste %1</translation>
    </message>
    <message>
        <source>cannot read contacts</source>
        <translation>no se pueden leer los contactos</translation>
    </message>
    <message>
        <source>cannot add contact %1</source>
        <translation>no se puede añadir el contacto %1</translation>
    </message>
    <message>
        <source>cannot record the touch</source>
        <translation>no se puede registrar la interacción</translation>
    </message>
    <message>
        <source>%1: no such book file</source>
        <translation>%1: no existe ese archivo de cartera</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: no es un archivo</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1: no se puede crear la carpeta %2</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1: no se puede abrir</translation>
    </message>
    <message>
        <source>%1: not a book file</source>
        <translation>%1: no es un archivo de cartera</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation>%1: no se puede activar el registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>%1: book schema is version %2, this app needs %3</source>
        <translation>%1: el esquema de la cartera es la versión %2; esta aplicación necesita la %3</translation>
    </message>
    <message>
        <source>the book was written by a newer version of CSM Workbench (schema %1; this version knows up to %2). It was not opened or changed.</source>
        <translation>la cartera la escribió una versión más reciente de CSM Workbench (esquema %1; esta versión conoce hasta el %2). No se ha abierto ni modificado.</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>no se puede leer el esquema</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it holds other tables)</source>
        <translation>no es una cartera de CSM Workbench (contiene otras tablas)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (no schema version)</source>
        <translation>no es una cartera de CSM Workbench (no tiene versión de esquema)</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>no se puede iniciar la actualización del esquema: %1</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>falta la migración %1</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>la migración %1 ha fallado</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>no se puede registrar la versión del esquema</translation>
    </message>
    <message>
        <source>no transaction to commit: %1</source>
        <translation>no hay ninguna transacción que confirmar: %1</translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation>no se pueden guardar los cambios</translation>
    </message>
    <message>
        <source>cannot read the demo accounts</source>
        <translation>no se pueden leer las cuentas de demostración</translation>
    </message>
    <message>
        <source>Account CSM</source>
        <translation>CSM de la cuenta</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revisión trimestral de negocio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reviewed progress against the success plan with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Usage and adoption since the last review&lt;/li&gt;&lt;li&gt;Open support topics&lt;/li&gt;&lt;li&gt;Plans for the next quarter&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Revisamos con &lt;b&gt;%1&lt;/b&gt; el avance respecto al plan de éxito.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Uso y adopción desde la última revisión&lt;/li&gt;&lt;li&gt;Temas de soporte abiertos&lt;/li&gt;&lt;li&gt;Planes para el próximo trimestre&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>&lt;p&gt;Regular check-in. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reunión de seguimiento periódica. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer raised concerns about adoption.</source>
        <translation>El cliente expresó su preocupación por la adopción.</translation>
    </message>
    <message>
        <source>Things are going well; no blockers.</source>
        <translation>Todo va bien; sin bloqueos.</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>cannot write the demo notes: %1</source>
        <translation>no se pueden escribir las notas de demostración: %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>cannot start the demo playbooks: %1</source>
        <translation>no se pueden iniciar los playbooks de demostración: %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>reglas</translation>
    </message>
    <message>
        <source>cannot start the demo book: %1</source>
        <translation>no se puede iniciar la cartera de demostración: %1</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>health band thresholds must lie between 0 and 100</source>
        <translation>los umbrales de las bandas de salud deben estar entre 0 y 100</translation>
    </message>
    <message>
        <source>the green band must start at or above the amber band (%1 &lt; %2)</source>
        <translation>la banda verde debe empezar en la banda ámbar o por encima (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>health bands</source>
        <translation>bandas de salud</translation>
    </message>
    <message>
        <source>cannot read accounts and usage for health</source>
        <translation>no se pueden leer las cuentas y el uso para la salud</translation>
    </message>
    <message>
        <source>cannot read NPS for health</source>
        <translation>no se puede leer el NPS para la salud</translation>
    </message>
    <message>
        <source>cannot read tickets for health</source>
        <translation>no se pueden leer los tickets para la salud</translation>
    </message>
    <message>
        <source>cannot read contacts for health</source>
        <translation>no se pueden leer los contactos para la salud</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot; debe ser %3</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: JSON no válido en la posición %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a health model needs a key</source>
        <translation>un modelo de salud necesita una clave</translation>
    </message>
    <message>
        <source>health model %1: group &quot;%2&quot; has no measures</source>
        <translation>modelo de salud %1: el grupo &quot;%2&quot; no tiene medidas</translation>
    </message>
    <message>
        <source>health model %1: a measure in group &quot;%2&quot; has no key</source>
        <translation>modelo de salud %1: una medida del grupo &quot;%2&quot; no tiene clave</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot; appears twice</source>
        <translation>modelo de salud %1: la medida &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot; needs a positive weight</source>
        <translation>modelo de salud %1: la medida &quot;%2&quot; necesita un peso positivo</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot;: %3</source>
        <translation>modelo de salud %1: medida &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>health model %1 has no measures</source>
        <translation>el modelo de salud %1 no tiene medidas</translation>
    </message>
    <message>
        <source>health model %1: weights sum to %2, not 100</source>
        <translation>modelo de salud %1: los pesos suman %2, no 100</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, grupo %2</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation>%1, medida %2</translation>
    </message>
    <message>
        <source>%1: unknown signal &quot;%2&quot;</source>
        <translation>%1: señal desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>health model</source>
        <translation>modelo de salud</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Product usage</source>
        <translation>Uso del producto</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>Voz del cliente</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Tiempo hasta el valor</translation>
    </message>
    <message>
        <source>Setup and relationship</source>
        <translation>Configuración y relación</translation>
    </message>
    <message>
        <source>health models</source>
        <translation>modelos de salud</translation>
    </message>
    <message>
        <source>%1: unsupported version %2</source>
        <translation>%1: versión %2 no admitida</translation>
    </message>
    <message>
        <source>%1: &quot;segments&quot; must be an object</source>
        <translation>%1: &quot;segments&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: unknown segment &quot;%2&quot;</source>
        <translation>%1: segmento desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: segment &quot;%2&quot; must be an object</source>
        <translation>%1: el segmento &quot;%2&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>cannot save the health override</source>
        <translation>no se puede guardar el ajuste manual de salud</translation>
    </message>
    <message>
        <source>cannot clear the health override</source>
        <translation>no se puede quitar el ajuste manual de salud</translation>
    </message>
    <message>
        <source>cannot read the health override</source>
        <translation>no se puede leer el ajuste manual de salud</translation>
    </message>
    <message>
        <source>cannot read the health overrides</source>
        <translation>no se pueden leer los ajustes manuales de salud</translation>
    </message>
    <message>
        <source>a health override needs a reason</source>
        <translation>un ajuste manual de salud necesita un motivo</translation>
    </message>
    <message>
        <source>a health override needs an expiry date</source>
        <translation>un ajuste manual de salud necesita una fecha de caducidad</translation>
    </message>
    <message>
        <source>the override&apos;s expiry (%1) is in the past</source>
        <translation>la caducidad del ajuste manual (%1) ya ha pasado</translation>
    </message>
    <message>
        <source>a health override sets a band, a score or both</source>
        <translation>un ajuste manual de salud fija una banda, una puntuación o ambas</translation>
    </message>
    <message>
        <source>a health override cannot set &quot;no score&quot;</source>
        <translation>un ajuste manual de salud no puede fijar &quot;sin puntuación&quot;</translation>
    </message>
    <message>
        <source>an override score must lie between 0 and 100</source>
        <translation>la puntuación de un ajuste manual debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>cannot start saving the override: %1</source>
        <translation>no se puede empezar a guardar el ajuste manual: %1</translation>
    </message>
    <message>
        <source>cannot start clearing the override: %1</source>
        <translation>no se puede empezar a quitar el ajuste manual: %1</translation>
    </message>
    <message>
        <source>account %1 has no health override to clear</source>
        <translation>la cuenta %1 no tiene ningún ajuste manual de salud que quitar</translation>
    </message>
    <message>
        <source>recomputing health needs a valid day</source>
        <translation>recalcular la salud necesita un día válido</translation>
    </message>
    <message>
        <source>cannot start applying the health model: %1</source>
        <translation>no se puede empezar a aplicar el modelo de salud: %1</translation>
    </message>
    <message>
        <source>cannot start recomputing health: %1</source>
        <translation>no se puede empezar a recalcular la salud: %1</translation>
    </message>
    <message>
        <source>backfilling health needs a valid date range and a positive step</source>
        <translation>rellenar el historial de salud necesita un intervalo de fechas válido y un paso positivo</translation>
    </message>
    <message>
        <source>cannot start backfilling health: %1</source>
        <translation>no se puede empezar a rellenar el historial de salud: %1</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Uso de licencias</translation>
    </message>
    <message>
        <source>Utilisation trend (30 days)</source>
        <translation>Tendencia de uso (30 días)</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Adopción de funciones</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS trend</source>
        <translation>Tendencia del NPS</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Escalations (90 days)</source>
        <translation>Escalados (90 días)</translation>
    </message>
    <message>
        <source>Negative ticket sentiment</source>
        <translation>Sentimiento negativo en tickets</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Estado de pago</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Días desde la última interacción</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Days since contract start</source>
        <translation>Días desde el inicio del contrato</translation>
    </message>
    <message>
        <source>cannot save the health snapshot</source>
        <translation>no se puede guardar la instantánea de salud</translation>
    </message>
    <message>
        <source>cannot read the latest health snapshots</source>
        <translation>no se pueden leer las últimas instantáneas de salud</translation>
    </message>
    <message>
        <source>cannot read the health history</source>
        <translation>no se puede leer el historial de salud</translation>
    </message>
    <message>
        <source>cannot save the health event</source>
        <translation>no se puede guardar el evento de salud</translation>
    </message>
    <message>
        <source>cannot replace the health events</source>
        <translation>no se pueden reemplazar los eventos de salud</translation>
    </message>
    <message>
        <source>cannot read the health events</source>
        <translation>no se pueden leer los eventos de salud</translation>
    </message>
    <message>
        <source>a linear rule needs min &lt; max (%1, %2)</source>
        <translation>una regla lineal necesita mín &lt; máx (%1, %2)</translation>
    </message>
    <message>
        <source>higher-is-better thresholds must ascend: poor &lt; concerning &lt; healthy</source>
        <translation>los umbrales de &quot;más es mejor&quot; deben ser crecientes: deficiente &lt; preocupante &lt; saludable</translation>
    </message>
    <message>
        <source>lower-is-better thresholds must descend: poor &gt; concerning &gt; healthy</source>
        <translation>los umbrales de &quot;menos es mejor&quot; deben ser decrecientes: deficiente &gt; preocupante &gt; saludable</translation>
    </message>
    <message>
        <source>%1: unknown direction &quot;%2&quot;</source>
        <translation>%1: dirección desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown rule type &quot;%2&quot;</source>
        <translation>%1: tipo de regla desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>EBR</source>
        <translation>EBR</translation>
    </message>
    <message>
        <source>Onboarding call</source>
        <translation>Llamada de incorporación</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot save the meeting</source>
        <translation>no se puede guardar la reunión</translation>
    </message>
    <message>
        <source>the meeting %1 no longer exists</source>
        <translation>la reunión %1 ya no existe</translation>
    </message>
    <message>
        <source>cannot save the attendees</source>
        <translation>no se pueden guardar los asistentes</translation>
    </message>
    <message>
        <source>cannot save the attendee %1</source>
        <translation>no se puede guardar el asistente %1</translation>
    </message>
    <message>
        <source>cannot save the objectives</source>
        <translation>no se pueden guardar los objetivos</translation>
    </message>
    <message>
        <source>cannot save the objective &quot;%1&quot;</source>
        <translation>no se puede guardar el objetivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot save the action items</source>
        <translation>no se pueden guardar las tareas</translation>
    </message>
    <message>
        <source>an action item needs a title</source>
        <translation>una tarea necesita un título</translation>
    </message>
    <message>
        <source>cannot save the action item &quot;%1&quot;</source>
        <translation>no se puede guardar la tarea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the attendees</source>
        <translation>no se pueden leer los asistentes</translation>
    </message>
    <message>
        <source>cannot read the objectives</source>
        <translation>no se pueden leer los objetivos</translation>
    </message>
    <message>
        <source>cannot read the action items</source>
        <translation>no se pueden leer las tareas</translation>
    </message>
    <message>
        <source>cannot delete the meeting</source>
        <translation>no se puede eliminar la reunión</translation>
    </message>
    <message>
        <source>cannot read the meeting</source>
        <translation>no se puede leer la reunión</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>no existe la reunión %1</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s meetings</source>
        <translation>no se pueden leer las reuniones de la cuenta</translation>
    </message>
    <message>
        <source>cannot update the action item</source>
        <translation>no se puede actualizar la tarea</translation>
    </message>
    <message>
        <source>there is no action item %1</source>
        <translation>no existe la tarea %1</translation>
    </message>
    <message>
        <source>cannot read the action item</source>
        <translation>no se puede leer la tarea</translation>
    </message>
    <message>
        <source>cannot save the note&apos;s history</source>
        <translation>no se puede guardar el historial de la nota</translation>
    </message>
    <message>
        <source>cannot read the note&apos;s history</source>
        <translation>no se puede leer el historial de la nota</translation>
    </message>
    <message>
        <source>cannot autosave the note</source>
        <translation>no se puede autoguardar la nota</translation>
    </message>
    <message>
        <source>cannot read the note&apos;s draft</source>
        <translation>no se puede leer el borrador de la nota</translation>
    </message>
    <message>
        <source>cannot discard the note&apos;s draft</source>
        <translation>no se puede descartar el borrador de la nota</translation>
    </message>
    <message>
        <source>cannot read the drafts</source>
        <translation>no se pueden leer los borradores</translation>
    </message>
    <message>
        <source>cannot search the notes for &quot;%1&quot;</source>
        <translation>no se puede buscar &quot;%1&quot; en las notas</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>una reunión necesita una fecha</translation>
    </message>
    <message>
        <source>cannot save the meeting: %1</source>
        <translation>no se puede guardar la reunión: %1</translation>
    </message>
    <message>
        <source>carried to %1</source>
        <translation>trasladada a %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Ejecutivo de cuenta</translation>
    </message>
    <message>
        <source>Onboarding engineer</source>
        <translation>Ingeniero de incorporación</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>Iniciado a mano</translation>
    </message>
    <message numerus="yes">
        <source>When health enters red (within %n day(s))</source>
        <translation>
            <numerusform>Cuando la salud pasa a rojo (en %n día)</numerusform>
            <numerusform>Cuando la salud pasa a rojo (en %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before renewal</source>
        <translation>
            <numerusform>%n día antes de la renovación</numerusform>
            <numerusform>%n días antes de la renovación</numerusform>
        </translation>
    </message>
    <message>
        <source>When the lifecycle stage becomes %1</source>
        <translation>Cuando la etapa del ciclo de vida pasa a %1</translation>
    </message>
    <message numerus="yes">
        <source>On an NPS detractor answer (within %n day(s))</source>
        <translation>
            <numerusform>Ante una respuesta NPS de detractor (en %n día)</numerusform>
            <numerusform>Ante una respuesta NPS de detractor (en %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) without a touch</source>
        <translation>
            <numerusform>Tras %n día sin interacción</numerusform>
            <numerusform>Tras %n días sin interacción</numerusform>
        </translation>
    </message>
    <message>
        <source>When active users fall %1% over 30 days</source>
        <translation>Cuando los usuarios activos caen un %1% en 30 días</translation>
    </message>
    <message>
        <source>the rule&apos;s window must be 1 to 3650 days, not %1</source>
        <translation>la ventana de la regla debe ser de 1 a 3650 días, no %1</translation>
    </message>
    <message>
        <source>the usage drop must be more than 0 and at most 100%, not %1</source>
        <translation>la caída de uso debe ser mayor que 0 y como máximo del 100%, no %1</translation>
    </message>
    <message>
        <source>playbook rule: %1</source>
        <translation>regla de playbook: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>playbook rule: unknown kind &quot;%1&quot;</source>
        <translation>regla de playbook: tipo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>playbook rule: unknown lifecycle stage &quot;%1&quot;</source>
        <translation>regla de playbook: etapa del ciclo de vida desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>playbook rule: unknown segment &quot;%1&quot;</source>
        <translation>regla de playbook: segmento desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a playbook needs a name</source>
        <translation>un playbook necesita un nombre</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; needs at least one step</source>
        <translation>el playbook &quot;%1&quot; necesita al menos un paso</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: step %2 needs a title</source>
        <translation>playbook &quot;%1&quot;: el paso %2 necesita un título</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: step %2 cannot be due before the run starts</source>
        <translation>playbook &quot;%1&quot;: el paso %2 no puede vencer antes de que empiece la ejecución</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: %2</source>
        <translation>playbook &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read the playbooks</source>
        <translation>no se pueden leer los playbooks</translation>
    </message>
    <message>
        <source>cannot read the playbook</source>
        <translation>no se puede leer el playbook</translation>
    </message>
    <message>
        <source>there is no playbook %1</source>
        <translation>no existe el playbook %1</translation>
    </message>
    <message>
        <source>cannot read the steps of playbook &quot;%1&quot;</source>
        <translation>no se pueden leer los pasos del playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no playbook &quot;%1&quot;</source>
        <translation>no existe el playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot save playbook &quot;%1&quot;</source>
        <translation>no se puede guardar el playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot save the steps of playbook &quot;%1&quot;</source>
        <translation>no se pueden guardar los pasos del playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot save step &quot;%1&quot;</source>
        <translation>no se puede guardar el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot delete the playbook</source>
        <translation>no se puede eliminar el playbook</translation>
    </message>
    <message>
        <source>cannot start playbook &quot;%1&quot;</source>
        <translation>no se puede iniciar el playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the playbook&apos;s steps</source>
        <translation>no se pueden leer los pasos del playbook</translation>
    </message>
    <message>
        <source>cannot read the playbook run</source>
        <translation>no se puede leer la ejecución del playbook</translation>
    </message>
    <message>
        <source>there is no playbook run %1</source>
        <translation>no existe la ejecución de playbook %1</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s playbooks</source>
        <translation>no se pueden leer los playbooks de la cuenta</translation>
    </message>
    <message>
        <source>cannot read the step</source>
        <translation>no se puede leer el paso</translation>
    </message>
    <message>
        <source>there is no playbook step %1</source>
        <translation>no existe el paso de playbook %1</translation>
    </message>
    <message>
        <source>cannot update step &quot;%1&quot;</source>
        <translation>no se puede actualizar el paso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot update playbook &quot;%1&quot;</source>
        <translation>no se puede actualizar el playbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot evaluate the rule &quot;%1&quot;</source>
        <translation>no se puede evaluar la regla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Health entered red on %1</source>
        <translation>La salud pasó a rojo el %1</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, within %n day(s)</source>
        <translation>
            <numerusform>Se renueva el %1, dentro de %n día</numerusform>
            <numerusform>Se renueva el %1, dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle stage is %1</source>
        <translation>La etapa del ciclo de vida es %1</translation>
    </message>
    <message>
        <source>NPS detractor answer (%1) on %2</source>
        <translation>Respuesta NPS de detractor (%1) el %2</translation>
    </message>
    <message>
        <source>No touch since %1</source>
        <translation>Sin interacción desde el %1</translation>
    </message>
    <message>
        <source>Active users fell %1% over 30 days</source>
        <translation>Los usuarios activos cayeron un %1% en 30 días</translation>
    </message>
    <message>
        <source>cannot evaluate the playbook rules: %1</source>
        <translation>no se pueden evaluar las reglas de playbooks: %1</translation>
    </message>
    <message>
        <source>cannot read the accounts&apos; segments</source>
        <translation>no se pueden leer los segmentos de las cuentas</translation>
    </message>
    <message>
        <source>cannot read the runs of &quot;%1&quot;</source>
        <translation>no se pueden leer las ejecuciones de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already running for this account</source>
        <translation>&quot;%1&quot; ya está en curso para esta cuenta</translation>
    </message>
    <message>
        <source>cannot start the playbook: %1</source>
        <translation>no se puede iniciar el playbook: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; its steps can no longer change</source>
        <translation>&quot;%1&quot; está %2; sus pasos ya no pueden cambiar</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is already %2</source>
        <translation>el paso &quot;%1&quot; ya está %2</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is %2; reopen it first</source>
        <translation>el paso &quot;%1&quot; está %2; reábralo primero</translation>
    </message>
    <message>
        <source>skipping step &quot;%1&quot; needs a reason</source>
        <translation>omitir el paso &quot;%1&quot; necesita un motivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2</source>
        <translation>&quot;%1&quot; ya está %2</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n open step(s); check or skip them first</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n paso abierto; márquelo u omítalo primero</numerusform>
            <numerusform>&quot;%1&quot; tiene %n pasos abiertos; márquelos u omítalos primero</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by %1</source>
        <translation>completado por %1</translation>
    </message>
    <message>
        <source>cancelling &quot;%1&quot; needs a reason</source>
        <translation>cancelar &quot;%1&quot; necesita un motivo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no CRM connection with id %1</source>
        <translation>no hay ninguna conexión CRM con id %1</translation>
    </message>
    <message>
        <source>no sync run with id %1</source>
        <translation>no hay ninguna sincronización con id %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>CRM changes</source>
        <translation>Cambios en el CRM</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s timeline</source>
        <translation>no se puede leer la cronología de la cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Playbook started: %1</source>
        <translation>Playbook iniciado: %1</translation>
    </message>
    <message>
        <source>Playbook completed: %1</source>
        <translation>Playbook completado: %1</translation>
    </message>
    <message>
        <source>Playbook cancelled: %1</source>
        <translation>Playbook cancelado: %1</translation>
    </message>
    <message>
        <source>Step skipped: %1</source>
        <translation>Paso omitido: %1</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Paso hecho: %1</translation>
    </message>
    <message>
        <source>Health entered red</source>
        <translation>La salud pasó a rojo</translation>
    </message>
    <message>
        <source>Health left red</source>
        <translation>La salud salió del rojo</translation>
    </message>
    <message>
        <source>Health band changed</source>
        <translation>Cambió la banda de salud</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Health overridden: %1</source>
        <translation>Salud ajustada a mano: %1</translation>
    </message>
    <message>
        <source>%1 (until %2, by %3)</source>
        <translation>%1 (hasta el %2, por %3)</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>, escalated</source>
        <translation>, escalado</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, cerrado el %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Cambió %1</translation>
    </message>
    <message>
        <source>cannot read what is due</source>
        <translation>no se puede leer lo que vence</translation>
    </message>
    <message>
        <source>cannot write the demo history</source>
        <translation>no se puede escribir el historial de demostración</translation>
    </message>
    <message>
        <source>cannot set the demo owner</source>
        <translation>no se puede fijar el propietario de demostración</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; no es un código de moneda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=RATE with a positive rate</source>
        <translation>&quot;%1&quot; no tiene la forma CÓDIGO=TIPO con un tipo positivo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot open the copy</source>
        <translation>no se puede abrir la copia</translation>
    </message>
    <message>
        <source>cannot prepare the copy</source>
        <translation>no se puede preparar la copia</translation>
    </message>
    <message>
        <source>cannot write the manifest</source>
        <translation>no se puede escribir el manifiesto</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s owners</source>
        <translation>no se pueden leer los propietarios de la cartera</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s manifest</source>
        <translation>no se puede leer el manifiesto de la cartera</translation>
    </message>
    <message>
        <source>cannot count the book&apos;s accounts</source>
        <translation>no se pueden contar las cuentas de la cartera</translation>
    </message>
    <message>
        <source>cannot read the book id</source>
        <translation>no se puede leer el identificador de la cartera</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>a demo team has 1 to %1 CSMs, not %2</source>
        <translation>un equipo de demostración tiene de 1 a %1 CSM, no %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>cannot write the demo team</source>
        <translation>no se puede escribir el equipo de demostración</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>cannot copy it to %1 to bring it up to date</source>
        <translation>no se puede copiar a %1 para actualizarla</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot read archived accounts</source>
        <translation>no se pueden leer las cuentas archivadas</translation>
    </message>
    <message>
        <source>cannot read contract dates</source>
        <translation>no se pueden leer las fechas de contrato</translation>
    </message>
    <message>
        <source>cannot read overdue playbook steps</source>
        <translation>no se pueden leer los pasos de playbook vencidos</translation>
    </message>
    <message>
        <source>cannot read QBR dates</source>
        <translation>no se pueden leer las fechas de QBR</translation>
    </message>
    <message>
        <source>cannot read ARR movements</source>
        <translation>no se pueden leer los movimientos de ARR</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>cannot be read (permissions)</source>
        <translation>no se puede leer (permisos)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>not a book file (%1)</source>
        <translation>no es un archivo de cartera (%1)</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it is empty)</source>
        <translation>no es una cartera de CSM Workbench (está vacía)</translation>
    </message>
    <message>
        <source>%1 (%2, started %3)</source>
        <translation>%1 (%2, iniciado el %3)</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <source>Comment from %1</source>
        <translation>Comentario de %1</translation>
    </message>
    <message>
        <source>Comment from %1 on a playbook run</source>
        <translation>Comentario de %1 sobre una ejecución de playbook</translation>
    </message>
    <message>
        <source>Comment from %1 on playbook run: %2</source>
        <translation>Comentario de %1 sobre la ejecución de playbook: %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin propietario</translation>
    </message>
</context>
<context>
    <name>csm::AboutDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About CSM Workbench</source>
        <translation>Acerca de CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <source>CSM Workbench %1</source>
        <translation>CSM Workbench %1</translation>
    </message>
    <message>
        <source>A local-first workbench for customer success managers.</source>
        <translation>Un banco de trabajo local para customer success managers.</translation>
    </message>
    <message>
        <source>It is built on the components listed under Licences, each used under the licence named there.</source>
        <translation>Está construido con los componentes que figuran en Licencias, cada uno usado según la licencia que allí se indica.</translation>
    </message>
    <message>
        <source>Select a component to read its licence. The texts are part of the app.</source>
        <translation>Seleccione un componente para leer su licencia. Los textos forman parte de la aplicación.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Falta el texto de la licencia en esta compilación.</translation>
    </message>
    <message>
        <source>Qt Core</source>
        <translation>Qt Core</translation>
    </message>
    <message>
        <source>Objects, text, files, settings, threads</source>
        <translation>Objetos, texto, archivos, ajustes, hilos</translation>
    </message>
    <message>
        <source>Qt GUI</source>
        <translation>Qt GUI</translation>
    </message>
    <message>
        <source>Painting, fonts, images, the PDF writer</source>
        <translation>Dibujo, fuentes, imágenes, el generador de PDF</translation>
    </message>
    <message>
        <source>Qt Widgets</source>
        <translation>Qt Widgets</translation>
    </message>
    <message>
        <source>Windows, dialogs, tables and menus</source>
        <translation>Ventanas, diálogos, tablas y menús</translation>
    </message>
    <message>
        <source>Qt SQL</source>
        <translation>Qt SQL</translation>
    </message>
    <message>
        <source>The book file, through the SQLite driver</source>
        <translation>El archivo de la cartera, mediante el controlador de SQLite</translation>
    </message>
    <message>
        <source>Qt Network</source>
        <translation>Qt Network</translation>
    </message>
    <message>
        <source>Talking to the CRM</source>
        <translation>Comunicación con el CRM</translation>
    </message>
    <message>
        <source>Qt Concurrent</source>
        <translation>Qt Concurrent</translation>
    </message>
    <message>
        <source>Work in the background</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Qt D-Bus</source>
        <translation>Qt D-Bus</translation>
    </message>
    <message>
        <source>Reaching the system keychain and the desktop</source>
        <translation>Acceso al llavero del sistema y al escritorio</translation>
    </message>
    <message>
        <source>Qt OpenGL and OpenGL Widgets</source>
        <translation>Qt OpenGL y OpenGL Widgets</translation>
    </message>
    <message>
        <source>Needed by Qt Charts</source>
        <translation>Necesario para Qt Charts</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>Every chart, on screen and in decks</source>
        <translation>Todos los gráficos, en pantalla y en las presentaciones</translation>
    </message>
    <message>
        <source>Qt Network Authorization</source>
        <translation>Qt Network Authorization</translation>
    </message>
    <message>
        <source>Signing in to the CRM with the browser (OAuth 2.0)</source>
        <translation>Inicio de sesión en el CRM con el navegador (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation>Traducciones de Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts (buttons, shortcuts) in German, French and Spanish</source>
        <translation>Los textos propios de Qt (botones, atajos) en alemán, francés y español</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>The book file</source>
        <translation>El archivo de la cartera</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Keeping CRM tokens in the system keychain</source>
        <translation>Guardar los tokens del CRM en el llavero del sistema</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Fuentes DejaVu</translation>
    </message>
    <message>
        <source>The type of QBR decks, embedded in the PDF</source>
        <translation>La tipografía de las presentaciones QBR; se incrusta en el PDF</translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei</source>
        <translation>WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <source>Chinese and Japanese names in QBR decks, embedded in the PDF</source>
        <translation>Nombres en chino y japonés en las presentaciones QBR; se incrusta en el PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2. Used under %3.</source>
        <translation>%1 — %2. Se usa bajo %3.</translation>
    </message>
</context>
<context>
    <name>csm::AccountDetailPane</name>
    <message>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>Id del CRM</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Inicio del contrato</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Customer voice and support</source>
        <translation>Voz del cliente y soporte</translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation>Seleccione una cuenta para ver sus detalles.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (fijado a mano)</translation>
    </message>
    <message>
        <source>%1 (by rules)</source>
        <translation>%1 (por reglas)</translation>
    </message>
    <message>
        <source>Champion · %1</source>
        <translation>Champion · %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 of %2 seats active (%3%) in the week of %4.</source>
        <translation>%1 de %2 licencias activas (%3%) en la semana del %4.</translation>
    </message>
    <message>
        <source>30-day trend: %1 points.</source>
        <translation>Tendencia a 30 días: %1 puntos.</translation>
    </message>
    <message>
        <source>%1 logins in 30 days; %2 of %3 features adopted.</source>
        <translation>%1 inicios de sesión en 30 días; %2 de %3 funciones adoptadas.</translation>
    </message>
    <message>
        <source>No usage recorded.</source>
        <translation>No hay uso registrado.</translation>
    </message>
    <message>
        <source>Latest NPS: %1</source>
        <translation>Último NPS: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket abierto</numerusform>
            <numerusform>%n tickets abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in the last year</source>
        <translation>
            <numerusform>%n ticket en el último año</numerusform>
            <numerusform>%n tickets en el último año</numerusform>
        </translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation>Medidas de salud</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>%1 · %2 (model: %3)</source>
        <translation>%1 · %2 (modelo: %3)</translation>
    </message>
    <message>
        <source>Not scored: no health data yet.</source>
        <translation>Sin puntuación: aún no hay datos de salud.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 days</source>
        <translation>%1 %2 en %3 días</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>Override: %1 until %2 — %3</source>
        <translation>Ajuste manual: %1 hasta el %2 — %3</translation>
    </message>
    <message>
        <source>Pulling it down most: %1</source>
        <translation>Lo que más la baja: %1</translation>
    </message>
    <message>
        <source>Missing inputs (weight spread over the others): %1</source>
        <translation>Datos que faltan (su peso se reparte entre los demás): %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Account overview</source>
        <translation>Resumen de la cuenta</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>These fields belong to %1. Your changes are written back by the next sync; if %1 changed the same field meanwhile, you choose which value stays under CRM ▸ Review Conflicts.</source>
        <translation>Estos campos pertenecen a %1. La próxima sincronización escribe sus cambios allí; si %1 cambió el mismo campo mientras tanto, usted elige qué valor se queda en CRM ▸ Revisar conflictos.</translation>
    </message>
    <message>
        <source>These fields come from %1, which the app cannot write to. Your changes are kept over the next syncs; if a new export changes the same field, you choose which value stays under CRM ▸ Review Conflicts.</source>
        <translation>Estos campos vienen de %1, donde la aplicación no puede escribir. Sus cambios se conservan en las próximas sincronizaciones; si una nueva exportación cambia el mismo campo, usted elige qué valor se queda en CRM ▸ Revisar conflictos.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propietario:</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>&amp;ARR:</translation>
    </message>
    <message>
        <source>&amp;Renews on</source>
        <translation>&amp;Se renueva el</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Renovación:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Una cuenta necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>csm::AccountFields</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD</source>
        <translation>%1 &apos;%2&apos; no es una fecha; use AAAA-MM-DD</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; must not be negative</source>
        <translation>el ARR &apos;%1&apos; no puede ser negativo</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>el ARR &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; has more than 2 decimals</source>
        <translation>el ARR &apos;%1&apos; tiene más de 2 decimales</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is too large</source>
        <translation>el ARR &apos;%1&apos; es demasiado grande</translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not a code of 3 capital letters like USD</source>
        <translation>la moneda &apos;%1&apos; no es un código de 3 letras mayúsculas como USD</translation>
    </message>
    <message>
        <source>lifecycle_stage &apos;%1&apos; is not one of onboarding, adoption, expansion, renewal, advocacy</source>
        <translation>lifecycle_stage &apos;%1&apos; no es uno de onboarding, adoption, expansion, renewal, advocacy</translation>
    </message>
    <message>
        <source>segment &apos;%1&apos; is not one of high, mid, tech</source>
        <translation>segment &apos;%1&apos; no es uno de high, mid, tech</translation>
    </message>
    <message>
        <source>payment_status &apos;%1&apos; is not one of current, late, overdue, failed</source>
        <translation>payment_status &apos;%1&apos; no es uno de current, late, overdue, failed</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains &apos;,&apos; or &apos;;&apos;</source>
        <translation>la etiqueta &apos;%1&apos; contiene &apos;,&apos; o &apos;;&apos;</translation>
    </message>
</context>
<context>
    <name>csm::AccountFilter</name>
    <message>
        <source>filter &apos;%1&apos;: %2</source>
        <translation>filtro &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>segment is high, mid or tech</source>
        <translation>el segmento es high, mid o tech</translation>
    </message>
    <message>
        <source>not a lifecycle stage</source>
        <translation>no es una etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>health is red, amber, green or none</source>
        <translation>la salud es red, amber, green o none</translation>
    </message>
    <message>
        <source>renewal takes a number of days</source>
        <translation>renewal espera un número de días</translation>
    </message>
    <message>
        <source>owner needs a name</source>
        <translation>owner necesita un nombre</translation>
    </message>
    <message>
        <source>known keys are segment, stage, health, renewal and owner</source>
        <translation>las claves conocidas son segment, stage, health, renewal y owner</translation>
    </message>
</context>
<context>
    <name>csm::AccountImport</name>
    <message>
        <source>cannot tell the format from the name; use a .csv or .json file</source>
        <translation>no se puede deducir el formato por el nombre; use un archivo .csv o .json</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is field %2 again; column %3 already is</source>
        <translation>la columna &apos;%1&apos; vuelve a ser el campo %2; ya lo es la columna %3</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>la cabecera no tiene la columna %1</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation>el byte 0x%1 no es UTF-8 válido; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>the file contains no accounts</source>
        <translation>el archivo no contiene cuentas</translation>
    </message>
    <message>
        <source>the file contains no accounts, only a header</source>
        <translation>el archivo no contiene cuentas, solo una cabecera</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>esta fila tiene %1 campos pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation>un número o texto</translation>
    </message>
    <message>
        <source>a list of text or text</source>
        <translation>una lista de textos o un texto</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is field %2 again; key &apos;%3&apos; already is</source>
        <translation>la clave &apos;%1&apos; vuelve a ser el campo %2; ya lo es la clave &apos;%3&apos;</translation>
    </message>
    <message>
        <source>tags must be a list of text; item %1 is %2</source>
        <translation>tags debe ser una lista de textos; el elemento %1 es %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 debe ser %2, no %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a list of accounts or an object with an &quot;accounts&quot; list</source>
        <translation>se esperaba una lista de cuentas o un objeto con una lista &quot;accounts&quot;</translation>
    </message>
    <message>
        <source>each account must be an object, not %1</source>
        <translation>cada cuenta debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>%1 is empty; every account needs one</source>
        <translation>%1 está vacío; toda cuenta necesita uno</translation>
    </message>
    <message>
        <source>the record has no %1; every account needs one</source>
        <translation>el registro no tiene %1; toda cuenta necesita uno</translation>
    </message>
    <message>
        <source>crm_id &apos;%1&apos; is a duplicate; it first appears on line %2</source>
        <translation>crm_id &apos;%1&apos; está duplicado; aparece por primera vez en la línea %2</translation>
    </message>
    <message>
        <source>nothing was imported; problems found in the file: %1</source>
        <translation>no se ha importado nada; problemas encontrados en el archivo: %1</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>no se puede iniciar la importación: %1</translation>
    </message>
</context>
<context>
    <name>csm::AccountTabs</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Playbooks</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
</context>
<context>
    <name>csm::AccountWork</name>
    <message>
        <source>me</source>
        <translation>yo</translation>
    </message>
    <message>
        <source>the note was not saved</source>
        <translation>la nota no se ha guardado</translation>
    </message>
    <message>
        <source>the action item did not change</source>
        <translation>la tarea no ha cambiado</translation>
    </message>
    <message>
        <source>cannot save the playbook: %1</source>
        <translation>no se puede guardar el playbook: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; its steps can no longer change</source>
        <translation>&quot;%1&quot; está %2; sus pasos ya no pueden cambiar</translation>
    </message>
    <message>
        <source>skipping step &quot;%1&quot; needs a reason</source>
        <translation>omitir el paso &quot;%1&quot; necesita un motivo</translation>
    </message>
    <message>
        <source>the step did not change</source>
        <translation>el paso no ha cambiado</translation>
    </message>
    <message>
        <source>Save note &quot;%1&quot;</source>
        <translation>Guardar la nota &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check &quot;%1&quot;</source>
        <translation>Marcar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>Omitir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot;</source>
        <translation>Reabrir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>Marcar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is a team member&apos;s book, opened read-only: nothing in it can be changed here.</source>
        <translation>Esta es la cartera de un miembro del equipo, abierta en solo lectura: aquí no se puede cambiar nada de ella.</translation>
    </message>
</context>
<context>
    <name>csm::BookFilterBar</name>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Search accounts, domains, owners, tags…</source>
        <translation>Buscar cuentas, dominios, propietarios, etiquetas…</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de propietario</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los propietarios</translation>
    </message>
    <message>
        <source>Lifecycle stage filter</source>
        <translation>Filtro de etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Renewal window filter</source>
        <translation>Filtro de plazo de renovación</translation>
    </message>
    <message>
        <source>Any renewal date</source>
        <translation>Cualquier fecha de renovación</translation>
    </message>
    <message numerus="yes">
        <source>Renewing in %n day(s)</source>
        <translation>
            <numerusform>Renovación en %n día</numerusform>
            <numerusform>Renovación en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation>Filtro de banda de salud</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Cualquier salud</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuación</translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are counted but left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR en %1. %n cuenta en una moneda sin tipo de cambio se cuenta, pero queda fuera del ARR; defina los tipos en Configuración, General.</numerusform>
            <numerusform>ARR en %1. %n cuentas en una moneda sin tipo de cambio se cuentan, pero quedan fuera del ARR; defina los tipos en Configuración, General.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1, converted at the exchange rates in Settings, General.</source>
        <translation>ARR en %1, convertido a los tipos de cambio de Configuración, General.</translation>
    </message>
</context>
<context>
    <name>csm::BookLocation</name>
    <message>
        <source>Choose a file for the book.</source>
        <translation>Elija un archivo para la cartera.</translation>
    </message>
    <message>
        <source>Give the full path of the book file, such as %1.</source>
        <translation>Indique la ruta completa del archivo de la cartera, como %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation>%1 es una carpeta; elija un archivo dentro de ella.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 no se puede abrir para escritura: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSM Workbench book.</source>
        <translation>%1 no es una cartera de CSM Workbench.</translation>
    </message>
    <message>
        <source>The book at %1 opens the next time CSM Workbench starts.</source>
        <translation>La cartera que está en %1 se abrirá la próxima vez que se inicie CSM Workbench.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not accept new files: %2</source>
        <translation>La carpeta %1 no admite archivos nuevos: %2</translation>
    </message>
    <message>
        <source>There is no book at %1 yet: a new, empty book will be created there.</source>
        <translation>Aún no hay ninguna cartera en %1: se creará allí una cartera nueva y vacía.</translation>
    </message>
    <message>
        <source>The folder %1 will be made.</source>
        <translation>Se creará la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 exists already; the book was not copied there.</source>
        <translation>%1 ya existe; la cartera no se ha copiado allí.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Copying the book was cancelled.</source>
        <translation>Se ha cancelado la copia de la cartera.</translation>
    </message>
    <message>
        <source>Cannot copy the book to %1: %2</source>
        <translation>No se puede copiar la cartera en %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the book to %1: the file could not be put in place.</source>
        <translation>No se puede copiar la cartera en %1: no se ha podido colocar el archivo en su sitio.</translation>
    </message>
</context>
<context>
    <name>csm::BookModel</name>
    <message>
        <source>Segment set by hand; recomputing segments keeps it.</source>
        <translation>Segmento fijado a mano; al recalcular los segmentos se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Days to renewal</source>
        <translation>Días hasta renovación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (ajustada)</translation>
    </message>
</context>
<context>
    <name>csm::BookSession</name>
    <message>
        <source>Could not load the book: %1</source>
        <translation>No se ha podido cargar la cartera: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>&quot;%1&quot; ha fallado: %2</translation>
    </message>
    <message>
        <source>%1 cannot start while &quot;%2&quot; is running.</source>
        <translation>&quot;%1&quot; no puede empezar mientras &quot;%2&quot; está en curso.</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>no hay ninguna cuenta con id %1</translation>
    </message>
    <message>
        <source>Recompute segments</source>
        <translation>Recalcular segmentos</translation>
    </message>
    <message numerus="yes">
        <source>Segments recomputed: %n account(s) changed segment.</source>
        <translation>
            <numerusform>Segmentos recalculados: %n cuenta cambió de segmento.</numerusform>
            <numerusform>Segmentos recalculados: %n cuentas cambiaron de segmento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate demo book</source>
        <translation>Generar cartera de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Demo book created: %n account(s).</source>
        <translation>
            <numerusform>Cartera de demostración creada: %n cuenta.</numerusform>
            <numerusform>Cartera de demostración creada: %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled; nothing was changed.</source>
        <translation>&quot;%1&quot; cancelado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation>Recalcular salud</translation>
    </message>
    <message>
        <source>Health recomputed: %1 scored, %2 without data, %3 changed band, %4 entered red.</source>
        <translation>Salud recalculada: %1 puntuadas, %2 sin datos, %3 cambiaron de banda, %4 pasaron a rojo.</translation>
    </message>
    <message>
        <source>Apply health model</source>
        <translation>Aplicar modelo de salud</translation>
    </message>
    <message>
        <source>Health model applied: %1 scored, %2 changed band, %3 entered red.</source>
        <translation>Modelo de salud aplicado: %1 puntuadas, %2 cambiaron de banda, %3 pasaron a rojo.</translation>
    </message>
    <message>
        <source>Run playbook rules</source>
        <translation>Ejecutar reglas de playbooks</translation>
    </message>
    <message numerus="yes">
        <source>Playbook rules ran: %n playbook(s) started.</source>
        <translation>
            <numerusform>Reglas de playbooks ejecutadas: %n playbook iniciado.</numerusform>
            <numerusform>Reglas de playbooks ejecutadas: %n playbooks iniciados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookTableView</name>
    <message>
        <source>Book of business</source>
        <translation>Cartera de clientes</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>Asignar segmento</translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation>Automático (por reglas)</translation>
    </message>
</context>
<context>
    <name>csm::ChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>from %1 to %2; lowest %3, highest %4</source>
        <translation>de %1 a %2; mínimo %3, máximo %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>csm::ColumnMapping</name>
    <message>
        <source>%1: cannot read the column mapping: %2</source>
        <translation>%1: no se puede leer la correspondencia de columnas: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: the column mapping is not valid JSON: %4</source>
        <translation>%1:%2:%3: la correspondencia de columnas no es JSON válido: %4</translation>
    </message>
    <message>
        <source>%1: the column mapping must be a JSON object like {&quot;Company ID&quot;: &quot;crm_id&quot;}</source>
        <translation>%1: la correspondencia de columnas debe ser un objeto JSON como {&quot;Company ID&quot;: &quot;crm_id&quot;}</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; must map to a field key given as a string</source>
        <translation>%1: la columna &apos;%2&apos; debe corresponder a una clave de campo dada como cadena</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; maps to &apos;%3&apos;, which is not a field; use one of: %4</source>
        <translation>%1: la columna &apos;%2&apos; corresponde a &apos;%3&apos;, que no es un campo; use uno de: %4</translation>
    </message>
</context>
<context>
    <name>csm::CommandPalette</name>
    <message>
        <source>&amp;Go to Account or Command…</source>
        <translation>&amp;Ir a cuenta o comando…</translation>
    </message>
    <message>
        <source>Go to Account or Command</source>
        <translation>Ir a cuenta o comando</translation>
    </message>
    <message>
        <source>Jump to an account by name, domain or owner, or run any menu command</source>
        <translation>Saltar a una cuenta por nombre, dominio o propietario, o ejecutar cualquier comando de menú</translation>
    </message>
    <message>
        <source>Account or command</source>
        <translation>Cuenta o comando</translation>
    </message>
    <message>
        <source>Go to an account by name, domain or owner; type &gt; for commands</source>
        <translation>Ir a una cuenta por nombre, dominio o propietario; escriba &gt; para comandos</translation>
    </message>
    <message>
        <source>Matching accounts and commands</source>
        <translation>Cuentas y comandos que coinciden</translation>
    </message>
    <message>
        <source>No account or command matches.</source>
        <translation>Ninguna cuenta ni comando coincide.</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionChanges</name>
    <message>
        <source>Cannot change the CRM connections: %1</source>
        <translation>No se pueden cambiar las conexiones CRM: %1</translation>
    </message>
    <message>
        <source>A CRM connection needs a name.</source>
        <translation>Una conexión CRM necesita un nombre.</translation>
    </message>
    <message>
        <source>There is a connection named %1 already; choose another name.</source>
        <translation>Ya hay una conexión llamada %1; elija otro nombre.</translation>
    </message>
    <message>
        <source>The connection %1 keeps its name; remove it and add one with the new name instead.</source>
        <translation>La conexión %1 conserva su nombre; en su lugar, quítela y añada una con el nombre nuevo.</translation>
    </message>
    <message>
        <source>The connector %1 is not installed.</source>
        <translation>El conector %1 no está instalado.</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionDialog</name>
    <message>
        <source>Edit CRM Connection</source>
        <translation>Editar conexión CRM</translation>
    </message>
    <message>
        <source>Add CRM Connection</source>
        <translation>Añadir conexión CRM</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>&amp;CRM:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Guardado en el llavero; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>Private app or OAuth access token</source>
        <translation>Token de app privada o token de acceso OAuth</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the book or the settings.</source>
        <translation>Los tokens se guardan en el llavero del sistema, nunca en la cartera ni en los ajustes.</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>ID de cliente de la app</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secreto de cliente OAuth</translation>
    </message>
    <message>
        <source>any port</source>
        <translation>cualquier puerto</translation>
    </message>
    <message>
        <source>The app&apos;s redirect address is http://127.0.0.1:PORT/; register it with the CRM app</source>
        <translation>La dirección de redirección de la aplicación es http://127.0.0.1:PORT/; regístrela en la app del CRM</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Puerto de redirección</translation>
    </message>
    <message>
        <source>Sign &amp;In with Browser…</source>
        <translation>&amp;Iniciar sesión con el navegador…</translation>
    </message>
    <message>
        <source>Or sign in:</source>
        <translation>O inicie sesión:</translation>
    </message>
    <message>
        <source>You in this CRM</source>
        <translation>Su usuario en este CRM</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>&amp;You in this CRM:</source>
        <translation>Su &amp;usuario en este CRM:</translation>
    </message>
    <message>
        <source>&amp;Write health score, band and segment back to the CRM</source>
        <translation>&amp;Escribir en el CRM la puntuación de salud, la banda y el segmento</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>✓ Connected</source>
        <translation>✓ Conectado</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.json)</source>
        <translation>Exportaciones del CRM (*.csv *.json)</translation>
    </message>
    <message>
        <source>This CRM takes access tokens only.</source>
        <translation>Este CRM solo admite tokens de acceso.</translation>
    </message>
    <message>
        <source>Enter the client ID of the app registered with the CRM.</source>
        <translation>Introduzca el ID de cliente de la app registrada en el CRM.</translation>
    </message>
    <message>
        <source>Finish signing in in the browser. If it did not open, visit:
%1</source>
        <translation>Termine de iniciar sesión en el navegador. Si no se ha abierto, visite:
%1</translation>
    </message>
    <message>
        <source>Signed in with the browser</source>
        <translation>Sesión iniciada con el navegador</translation>
    </message>
    <message>
        <source>✓ Signed in. The sign-in is kept in the keychain when you save.</source>
        <translation>✓ Sesión iniciada. Al guardar, el inicio de sesión se conserva en el llavero.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>La conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Elija un CRM.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 needs an access token, or Sign In with Browser.</source>
        <translation>%1 necesita un token de acceso, o Iniciar sesión con el navegador.</translation>
    </message>
    <message>
        <source>Type the token to test it; the stored one is tested by Sync Now.</source>
        <translation>Escriba el token para probarlo; el guardado se prueba con Sincronizar ahora.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The connector is not installed.</source>
        <translation>El conector no está instalado.</translation>
    </message>
    <message>
        <source>The CRM owner you are: CRM ▸ Show My Accounts Only shows the accounts they own</source>
        <translation>El propietario del CRM que es usted: CRM ▸ Mostrar solo mis cuentas muestra las cuentas que tiene asignadas</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionsPage</name>
    <message>
        <source>Running since %1</source>
        <translation>En curso desde %1</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fallida)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>Conexiones CRM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Asks the CRM whether it answers, with the token in the keychain or the one just typed</source>
        <translation>Pregunta al CRM si responde, con el token del llavero o con el que se acaba de escribir</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the book or the settings. Added, edited and removed connections are saved when you press OK; removing one also removes its sync log and its token. Sync and the sync log are in the CRM menu.</source>
        <translation>Los tokens se guardan en el llavero del sistema, nunca en la cartera ni en los ajustes. Las conexiones añadidas, editadas y quitadas se guardan al pulsar Aceptar; al quitar una, también se quitan su registro de sincronización y su token. La sincronización y su registro están en el menú CRM.</translation>
    </message>
    <message>
        <source>✓ %1 answered.</source>
        <translation>✓ %1 ha respondido.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>New: saved when you press OK</source>
        <translation>Nueva: se guarda al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Changed: saved when you press OK</source>
        <translation>Modificada: se guarda al pulsar Aceptar</translation>
    </message>
    <message>
        <source>There is a connection named %1 already; choose another name.</source>
        <translation>Ya hay una conexión llamada %1; elija otro nombre.</translation>
    </message>
    <message>
        <source>A CRM connection needs a name.</source>
        <translation>Una conexión CRM necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 is added when you press OK.</source>
        <translation>%1 se añade al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>CRM Connection</source>
        <translation>Conexión CRM</translation>
    </message>
    <message>
        <source>The changes to %1 are saved when you press OK.</source>
        <translation>Los cambios en %1 se guardan al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>%1 is not added.</source>
        <translation>%1 no se añade.</translation>
    </message>
    <message>
        <source>%1 is removed, with its sync log and its token, when you press OK; the accounts it brought stay in the book.</source>
        <translation>%1 se quita, con su registro de sincronización y su token, al pulsar Aceptar; las cuentas que trajo se quedan en la cartera.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1; edit the connection to enter one.</source>
        <translation>El llavero no tiene ningún token para %1; edite la conexión para introducirlo.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the tokens in.</source>
        <translation>No hay ningún llavero donde guardar los tokens.</translation>
    </message>
    <message>
        <source>CRM Connections</source>
        <translation>Conexiones CRM</translation>
    </message>
</context>
<context>
    <name>csm::ConnectorRegistry</name>
    <message>
        <source>%1: a plugin of another kind (%2)</source>
        <translation>%1: un plugin de otro tipo (%2)</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1: no es un plugin de Qt (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1: no se puede cargar (%2)</translation>
    </message>
    <message>
        <source>%1: a connector named &apos;%2&apos; is already there</source>
        <translation>%1: ya existe un conector llamado &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>csm::CrmConnector</name>
    <message>
        <source>%1 does not take updates from the app</source>
        <translation>%1 no acepta actualizaciones desde la aplicación</translation>
    </message>
</context>
<context>
    <name>csm::CrmHttp</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>sin respuesta de %1 en %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2: %3). Re-authenticate the connection and sync again; nothing was changed.</source>
        <translation>%1 ha rechazado las credenciales (HTTP %2: %3). Vuelva a autenticar la conexión y sincronice de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 kept answering that the rate limit is reached (HTTP %2: %3)</source>
        <translation>%1 siguió respondiendo que se ha alcanzado el límite de peticiones (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2: %3)</source>
        <translation>%1 ha fallado (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>(gave up after %1 retries)</source>
        <translation>(abandonado tras %1 reintentos)</translation>
    </message>
</context>
<context>
    <name>csm::CsvReader</name>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>una comilla dentro de un campo sin comillas; ponga todo el campo entre comillas y duplique la comilla</translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed</source>
        <translation>el campo entre comillas que empieza aquí nunca se cierra</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texto inesperado tras la comilla de cierre</translation>
    </message>
</context>
<context>
    <name>csm::CurrencyRatesEdit</name>
    <message>
        <source>&amp;Add Currency…</source>
        <translation>&amp;Añadir moneda…</translation>
    </message>
    <message>
        <source>Re&amp;move Currency</source>
        <translation>&amp;Quitar moneda</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de informe</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>The reporting currency and US dollars stay in the list.</source>
        <translation>La moneda de informe y el dólar estadounidense permanecen en la lista.</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>&amp;Moneda de informe:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Worth of one unit in %1</source>
        <translation>Valor de una unidad en %1</translation>
    </message>
    <message>
        <source>The reporting currency</source>
        <translation>La moneda de informe</translation>
    </message>
    <message>
        <source>A currency is given by its three-letter ISO code, such as EUR.</source>
        <translation>Una moneda se indica con su código ISO de tres letras, como EUR.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>A rate must be more than zero.</source>
        <translation>El tipo de cambio debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Add Currency</source>
        <translation>Añadir moneda</translation>
    </message>
    <message>
        <source>ISO code of the currency (such as SEK):</source>
        <translation>Código ISO de la moneda (como SEK):</translation>
    </message>
</context>
<context>
    <name>csm::Deck</name>
    <message>
        <source>Health %1 (%2)</source>
        <translation>Salud %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) since the last review</source>
        <translation>
            <numerusform>, sube %n punto desde la última revisión</numerusform>
            <numerusform>, sube %n puntos desde la última revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) since the last review</source>
        <translation>
            <numerusform>, baja %n punto desde la última revisión</numerusform>
            <numerusform>, baja %n puntos desde la última revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>, level since the last review</source>
        <translation>, estable desde la última revisión</translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) in 90 days</source>
        <translation>
            <numerusform>, sube %n punto en 90 días</numerusform>
            <numerusform>, sube %n puntos en 90 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) in 90 days</source>
        <translation>
            <numerusform>, baja %n punto en 90 días</numerusform>
            <numerusform>, baja %n puntos en 90 días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 licensed seats active (%3%)</source>
        <translation>%1 de %2 licencias contratadas activas (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, in %n day(s)</source>
        <translation>
            <numerusform>Se renueva el %1, en %n día</numerusform>
            <numerusform>Se renueva el %1, en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal date %1 passed %n day(s) ago</source>
        <translation>
            <numerusform>La fecha de renovación %1 pasó hace %n día</numerusform>
            <numerusform>La fecha de renovación %1 pasó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 de %n respuesta este año</numerusform>
            <numerusform>NPS %1 de %n respuestas este año</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress on the next steps agreed today</source>
        <translation>Avance de los siguientes pasos acordados hoy</translation>
    </message>
    <message>
        <source>Objective at risk: %1</source>
        <translation>Objetivo en riesgo: %1</translation>
    </message>
    <message>
        <source>Health recovery plan: %1</source>
        <translation>Plan de recuperación de la salud: %1</translation>
    </message>
    <message>
        <source>Renewal planning for %1</source>
        <translation>Planificación de la renovación del %1</translation>
    </message>
    <message>
        <source>Adoption: activating the unused seats</source>
        <translation>Adopción: activar las licencias sin usar</translation>
    </message>
    <message>
        <source>Product roadmap and your feedback</source>
        <translation>Hoja de ruta del producto y sus comentarios</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>no hay ninguna cuenta con id %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Objectives and success plan</source>
        <translation>Objetivos y plan de éxito</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>Salud de la cuenta</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adopción</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Soporte y percepción</translation>
    </message>
    <message>
        <source>Since our last review</source>
        <translation>Desde nuestra última revisión</translation>
    </message>
    <message>
        <source>Success programmes</source>
        <translation>Programas de éxito</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>Los próximos 90 días</translation>
    </message>
    <message>
        <source>unknown deck section &apos;%1&apos; (known: %2, or all)</source>
        <translation>sección de presentación desconocida &apos;%1&apos; (conocidas: %2, o all)</translation>
    </message>
    <message>
        <source>no deck sections chosen</source>
        <translation>no se ha elegido ninguna sección de la presentación</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month, year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>csm::DeckBatchExport</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>csm::DeckDocument</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>%1 — Quarterly business review</source>
        <translation>%1 — Revisión trimestral de negocio</translation>
    </message>
    <message>
        <source>Attendees: </source>
        <translation>Asistentes: </translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Aspectos destacados</translation>
    </message>
    <message>
        <source>No health, usage or renewal data yet.</source>
        <translation>Aún no hay datos de salud, uso ni renovación.</translation>
    </message>
    <message>
        <source>Health set by %1 until %2: %3</source>
        <translation>Salud fijada por %1 hasta el %2: %3</translation>
    </message>
    <message>
        <source>No objectives recorded in a review yet.</source>
        <translation>Aún no se han registrado objetivos en ninguna revisión.</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Qué ha cambiado desde el %1</translation>
    </message>
    <message>
        <source>Not scored yet: no usage, survey, ticket or contact data.</source>
        <translation>Aún sin puntuación: no hay datos de uso, encuestas, tickets ni contactos.</translation>
    </message>
    <message>
        <source>No measure moved by a point or more.</source>
        <translation>Ninguna medida se ha movido un punto o más.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>now %1, no data before</source>
        <translation>ahora %1, sin datos antes</translation>
    </message>
    <message>
        <source>was %1, no data now</source>
        <translation>era %1, sin datos ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket abierto</numerusform>
            <numerusform>%n tickets abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 escalated, %2 urgent)</source>
        <translation> (%1 escalados, %2 urgentes)</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 de %n respuesta este año</numerusform>
            <numerusform>NPS %1 de %n respuestas este año</numerusform>
        </translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>Next steps from %1</source>
        <translation>Siguientes pasos del %1</translation>
    </message>
    <message>
        <source>No next steps were recorded.</source>
        <translation>No se registraron siguientes pasos.</translation>
    </message>
    <message>
        <source>Next steps from the last review</source>
        <translation>Siguientes pasos de la última revisión</translation>
    </message>
    <message>
        <source>No earlier review on record.</source>
        <translation>No hay ninguna revisión anterior registrada.</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Riesgos abiertos</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notas del %1</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de la revisión</translation>
    </message>
    <message>
        <source>No review notes yet.</source>
        <translation>Aún no hay notas de la revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n step(s) done</source>
        <translation>
            <numerusform>%1 — %2 de %n paso hecho</numerusform>
            <numerusform>%1 — %2 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · iniciado el %2</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Success programmes</source>
        <translation>Programas de éxito</translation>
    </message>
    <message>
        <source>No success programmes running in this period.</source>
        <translation>No hay programas de éxito en curso en este periodo.</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Siguientes pasos acordados</translation>
    </message>
    <message>
        <source>No next steps agreed yet.</source>
        <translation>Aún no se han acordado siguientes pasos.</translation>
    </message>
    <message>
        <source>Agenda for our next review, around %1</source>
        <translation>Orden del día de nuestra próxima revisión, hacia el %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>QUARTERLY BUSINESS REVIEW</source>
        <translation>REVISIÓN TRIMESTRAL DE NEGOCIO</translation>
    </message>
    <message>
        <source>Review period %1 – %2</source>
        <translation>Periodo de revisión %1 – %2</translation>
    </message>
    <message>
        <source>Prepared by %1 · %2</source>
        <translation>Preparado por %1 · %2</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Attendees to be confirmed</source>
        <translation>Asistentes por confirmar</translation>
    </message>
    <message>
        <source>%1%2 in 90 days</source>
        <translation>%1%2 en 90 días</translation>
    </message>
    <message>
        <source>%1%2 in 30 days</source>
        <translation>%1%2 en 30 días</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s): </source>
        <translation>
            <numerusform>%n objetivo: </numerusform>
            <numerusform>%n objetivos: </numerusform>
        </translation>
    </message>
    <message>
        <source>No product usage recorded for this account yet.</source>
        <translation>Aún no hay uso del producto registrado para esta cuenta.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>of %1 licensed seats</source>
        <translation>de %1 licencias contratadas</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Uso de licencias</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1%2 points in 30 days</source>
        <translation>%1%2 puntos en 30 días</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Funciones en uso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1% of the plan</source>
        <translation>%1% del plan</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>en los últimos 30 días</translation>
    </message>
    <message>
        <source>Chart not available</source>
        <translation>Gráfico no disponible</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>No se puede escribir %1: no se ha podido iniciar el PDF</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, short month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>csm::DeckExportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Export QBR Deck</source>
        <translation>Exportar presentación QBR</translation>
    </message>
    <message>
        <source>Sections of the deck</source>
        <translation>Secciones de la presentación</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datos a fecha de</translation>
    </message>
    <message>
        <source>The account&apos;s owner</source>
        <translation>El propietario de la cuenta</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Datos a &amp;fecha de:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Preparado por:</translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation>&amp;Secciones:</translation>
    </message>
    <message>
        <source>Segment &amp;Defaults</source>
        <translation>Valores por &amp;defecto del segmento</translation>
    </message>
    <message>
        <source>Preview of the deck&apos;s pages</source>
        <translation>Vista previa de las páginas de la presentación</translation>
    </message>
    <message>
        <source>Could not read the account: %1</source>
        <translation>No se ha podido leer la cuenta: %1</translation>
    </message>
    <message>
        <source>Export QBR Deck — %1</source>
        <translation>Exportar presentación QBR — %1</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Guardada %n página en %1</numerusform>
            <numerusform>Guardadas %n páginas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Leyendo la cuenta…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Dibujando la vista previa…</translation>
    </message>
    <message>
        <source>Save QBR Deck</source>
        <translation>Guardar presentación QBR</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The preview is still being prepared; try again in a moment.</source>
        <translation>La vista previa aún se está preparando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
</context>
<context>
    <name>csm::Domain</name>
    <message>
        <source>High-touch</source>
        <translation>High-touch</translation>
    </message>
    <message>
        <source>Mid-touch</source>
        <translation>Mid-touch</translation>
    </message>
    <message>
        <source>Tech-touch</source>
        <translation>Tech-touch</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adopción</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
</context>
<context>
    <name>csm::ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the whole message, with its details, to the clipboard</source>
        <translation>Copiar todo el mensaje, con sus detalles, al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>csm::FeatureAdoptionChart</name>
    <message>
        <source>Share of the plan&apos;s features in use over time</source>
        <translation>Proporción de funciones del plan en uso a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Funciones en uso</translation>
    </message>
    <message>
        <source>No feature usage recorded</source>
        <translation>No hay uso de funciones registrado</translation>
    </message>
    <message>
        <source>Features in use (% of plan)</source>
        <translation>Funciones en uso (% del plan)</translation>
    </message>
    <message>
        <source>%1: %2% of features in use</source>
        <translation>%1: %2% de las funciones en uso</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the time axis: day and short month</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>csm::FileConnector</name>
    <message>
        <source>Accounts file</source>
        <translation>Archivo de cuentas</translation>
    </message>
    <message>
        <source>A .csv or .json export of the CRM&apos;s accounts</source>
        <translation>Una exportación .csv o .json de las cuentas del CRM</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Archivo de contactos</translation>
    </message>
    <message>
        <source>Optional; rows name their account in account_crm_id</source>
        <translation>Opcional; cada fila indica su cuenta en account_crm_id</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>Archivo de oportunidades</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Column=field; … for columns whose names are not the app&apos;s, e.g. Account ID=crm_id; Annual Revenue=arr</source>
        <translation>Columna=campo; … para las columnas cuyo nombre no es el de la aplicación, p. ej. Account ID=crm_id; Annual Revenue=arr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column mapping is not Column=field</source>
        <translation>&apos;%1&apos; en la correspondencia de columnas no tiene la forma Columna=campo</translation>
    </message>
    <message>
        <source>%1: cannot tell the format from the name; use a .csv or .json file</source>
        <translation>%1: no se puede deducir el formato por el nombre; use un archivo .csv o .json</translation>
    </message>
    <message>
        <source>The file connection needs an accounts file</source>
        <translation>La conexión por archivo necesita un archivo de cuentas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not UTF-8 text; nothing of the file was applied</source>
        <translation>%1:%2:%3: no es texto UTF-8; no se ha aplicado nada del archivo</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1: no hay fila de cabecera</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2: %3 campos donde la cabecera tiene %4</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4; nothing of the file was applied</source>
        <translation>%1:%2:%3: %4; no se ha aplicado nada del archivo</translation>
    </message>
    <message>
        <source>%1: expected an array of records, or {&quot;%2&quot;: [...]}</source>
        <translation>%1: se esperaba una lista de registros, o {&quot;%2&quot;: [...]}</translation>
    </message>
    <message>
        <source>%1:%2: a record that is not a JSON object</source>
        <translation>%1:%2: un registro que no es un objeto JSON</translation>
    </message>
    <message>
        <source>no crm_id (a required field)</source>
        <translation>sin crm_id (campo obligatorio)</translation>
    </message>
    <message>
        <source>modified_at &apos;%1&apos; is not an ISO date and time</source>
        <translation>modified_at &apos;%1&apos; no es una fecha y hora ISO</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>sin nombre (campo obligatorio)</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>sin nombre ni correo electrónico</translation>
    </message>
    <message>
        <source>close_date &apos;%1&apos; is not a YYYY-MM-DD date</source>
        <translation>close_date &apos;%1&apos; no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>CRM export files</source>
        <translation>Archivos exportados del CRM</translation>
    </message>
</context>
<context>
    <name>csm::GeneralSettingsPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminada</translation>
    </message>
    <message>
        <source>&amp;Copy the open book there</source>
        <translation>&amp;Copiar allí la cartera abierta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes the next time CSM Workbench starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie CSM Workbench.</translation>
    </message>
    <message>
        <source>Book opened at start</source>
        <translation>Cartera que se abre al iniciar</translation>
    </message>
    <message>
        <source>The app&apos;s own folder: %1</source>
        <translation>La carpeta propia de la aplicación: %1</translation>
    </message>
    <message>
        <source>Book location check</source>
        <translation>Comprobación de la ubicación de la cartera</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the open book, as it is when you press OK, to the new location; the book stays open where it is until the app starts again.</source>
        <translation>Escribe una copia coherente de la cartera abierta, tal como esté al pulsar Aceptar, en la nueva ubicación; la cartera sigue abierta donde está hasta que la aplicación se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Book location</source>
        <translation>Ubicación de la cartera</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>No hay ninguna cartera abierta.</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Abierta ahora:</translation>
    </message>
    <message>
        <source>Book opened at &amp;start:</source>
        <translation>Cartera al i&amp;niciar:</translation>
    </message>
    <message>
        <source>Starting the app with --db opens another book for that run.</source>
        <translation>Iniciar la aplicación con --db abre otra cartera para esa ejecución.</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de informe</translation>
    </message>
    <message>
        <source>The team portfolio and its review convert every account&apos;s ARR into the reporting currency at these rates.</source>
        <translation>El portafolio del equipo y su revisión convierten el ARR de cada cuenta a la moneda de informe con estos tipos de cambio.</translation>
    </message>
    <message>
        <source>This is the book open now.</source>
        <translation>Esta es la cartera abierta ahora.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Book Opened at Start</source>
        <translation>Cartera que se abre al iniciar</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation>Carteras (*.sqlite *.csmbook *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>csm::HealthContributionChart</name>
    <message>
        <source>Health contribution of each measure</source>
        <translation>Contribución de cada medida a la salud</translation>
    </message>
    <message>
        <source>%1: no data; its weight %2 is spread over the others</source>
        <translation>%1: sin datos; su peso %2 se reparte entre las demás</translation>
    </message>
    <message>
        <source>%1: value %2 scores %3 × weight %4 = %5 points (%6 lost)</source>
        <translation>%1: el valor %2 puntúa %3 × peso %4 = %5 puntos (%6 perdidos)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No health data to explain</source>
        <translation>No hay datos de salud que explicar</translation>
    </message>
    <message>
        <source>Points by measure</source>
        <translation>Puntos por medida</translation>
    </message>
    <message>
        <source>Points by measure — %1 loses the most</source>
        <translation>Puntos por medida — %1 es la que más pierde</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Puntos obtenidos</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Puntos perdidos</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (falta)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelDialog</name>
    <message>
        <source>Health Model</source>
        <translation>Modelo de salud</translation>
    </message>
    <message>
        <source>&amp;Apply and Rescore</source>
        <translation>Aplicar y re&amp;calcular</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditModel</name>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menos es mejor</translation>
    </message>
    <message>
        <source>Raw value that scores 0 (100 if lower is better)</source>
        <translation>Valor bruto que puntúa 0 (100 si menos es mejor)</translation>
    </message>
    <message>
        <source>Poor below this: scores 25 here</source>
        <translation>Deficiente por debajo de esto: aquí puntúa 25</translation>
    </message>
    <message>
        <source>Concerning from here: scores 75 here</source>
        <translation>Preocupante desde aquí: aquí puntúa 75</translation>
    </message>
    <message>
        <source>Raw value that scores 100 (0 if lower is better)</source>
        <translation>Valor bruto que puntúa 100 (0 si menos es mejor)</translation>
    </message>
    <message>
        <source>Healthy from here: scores 100</source>
        <translation>Saludable desde aquí: puntúa 100</translation>
    </message>
    <message>
        <source>Points of the model&apos;s 100</source>
        <translation>Puntos de los 100 del modelo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Poor / min</source>
        <translation>Deficiente / mín</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Preocupante</translation>
    </message>
    <message>
        <source>Healthy / max</source>
        <translation>Saludable / máx</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditor</name>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Score this segment with its &amp;own model</source>
        <translation>Puntuar este segmento con un m&amp;odelo propio</translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation>&amp;Añadir medida</translation>
    </message>
    <message>
        <source>&amp;Remove Measure</source>
        <translation>&amp;Quitar medida</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Restablecer &amp;predeterminados</translation>
    </message>
    <message>
        <source>Standard (accounts past onboarding)</source>
        <translation>Estándar (cuentas tras la incorporación)</translation>
    </message>
    <message>
        <source>Onboarding (time-to-value and setup)</source>
        <translation>Incorporación (tiempo hasta el valor y configuración)</translation>
    </message>
    <message>
        <source>Model to edit</source>
        <translation>Modelo que editar</translation>
    </message>
    <message>
        <source>Measures of the model</source>
        <translation>Medidas del modelo</translation>
    </message>
    <message>
        <source>Accounts that would change band</source>
        <translation>Cuentas que cambiarían de banda</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Bands: amber &amp;from score</source>
        <translation>Bandas: ámbar &amp;desde la puntuación</translation>
    </message>
    <message>
        <source>&amp;green from score</source>
        <translation>&amp;verde desde la puntuación</translation>
    </message>
    <message>
        <source>(below amber is red)</source>
        <translation>(por debajo de ámbar es rojo)</translation>
    </message>
    <message>
        <source>Effect before applying</source>
        <translation>Efecto antes de aplicar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total weight: %1 of 100.</source>
        <translation>Peso total: %1 de 100.</translation>
    </message>
    <message>
        <source> This segment is scored by the standard model.</source>
        <translation> Este segmento se puntúa con el modelo estándar.</translation>
    </message>
    <message>
        <source>⚠ %1 %2 — nothing can be saved until it is fixed; the book keeps its current model.</source>
        <translation>⚠ %1 %2 — no se puede guardar nada hasta corregirlo; la cartera conserva su modelo actual.</translation>
    </message>
    <message>
        <source>Fix the model to see its effect.</source>
        <translation>Corrija el modelo para ver su efecto.</translation>
    </message>
    <message>
        <source>No change yet: edit the model or the bands to see which accounts would move.</source>
        <translation>Aún no hay cambios: edite el modelo o las bandas para ver qué cuentas se moverían.</translation>
    </message>
    <message>
        <source>Computing the effect…</source>
        <translation>Calculando el efecto…</translation>
    </message>
    <message>
        <source>The effect could not be computed: %1</source>
        <translation>No se ha podido calcular el efecto: %1</translation>
    </message>
    <message>
        <source>No account would change band.</source>
        <translation>Ninguna cuenta cambiaría de banda.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change band (%1 ARR); </source>
        <translation>
            <numerusform>%n cuenta cambiaría de banda (%1 de ARR); </numerusform>
            <numerusform>%n cuentas cambiarían de banda (%1 de ARR); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would move into red (%1 ARR).</source>
        <translation>
            <numerusform>%n pasaría a rojo (%1 de ARR).</numerusform>
            <numerusform>%n pasarían a rojo (%1 de ARR).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthOverrideDialog</name>
    <message>
        <source>Override Health of %1</source>
        <translation>Ajustar la salud de %1</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>Una puntuación…</translation>
    </message>
    <message>
        <source>Why the score is wrong (required)</source>
        <translation>Por qué la puntuación es incorrecta (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Override with:</source>
        <translation>&amp;Sustituir por:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>csm::HealthTrendChart</name>
    <message>
        <source>Health trend with red, amber and green bands</source>
        <translation>Tendencia de salud con bandas roja, ámbar y verde</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Puntuación de salud</translation>
    </message>
    <message>
        <source>No health history yet</source>
        <translation>Aún no hay historial de salud</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajuste manual</translation>
    </message>
    <message>
        <source>%1: health %2</source>
        <translation>%1: salud %2</translation>
    </message>
    <message>
        <source>Override on %1: %2 — %3</source>
        <translation>Ajuste manual el %1: %2 — %3</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the time axis: day and short month</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>csm::HubSpotConnector</name>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>https://api.hubapi.com, or a proxy or test server</source>
        <translation>https://api.hubapi.com, o un proxy o servidor de pruebas</translation>
    </message>
    <message>
        <source>ARR property</source>
        <translation>Propiedad de ARR</translation>
    </message>
    <message>
        <source>The company property holding ARR</source>
        <translation>La propiedad de empresa que contiene el ARR</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Propiedad de fecha de renovación</translation>
    </message>
    <message>
        <source>Contract start property</source>
        <translation>Propiedad de inicio del contrato</translation>
    </message>
    <message>
        <source>Lifecycle stage property</source>
        <translation>Propiedad de etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>A company property holding onboarding, adoption, expansion, renewal or advocacy</source>
        <translation>Una propiedad de empresa que contiene onboarding, adoption, expansion, renewal o advocacy</translation>
    </message>
    <message>
        <source>Currency property</source>
        <translation>Propiedad de moneda</translation>
    </message>
    <message>
        <source>Records per request</source>
        <translation>Registros por petición</translation>
    </message>
    <message>
        <source>1 to 100</source>
        <translation>De 1 a 100</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>For Sign In with Browser; empty: HubSpot&apos;s</source>
        <translation>Para Iniciar sesión con el navegador; vacío: la de HubSpot</translation>
    </message>
    <message>
        <source>Timeout per request (ms)</source>
        <translation>Tiempo de espera por petición (ms)</translation>
    </message>
    <message>
        <source>Retries per request</source>
        <translation>Reintentos por petición</translation>
    </message>
    <message>
        <source>First retry after (ms)</source>
        <translation>Primer reintento tras (ms)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>&apos;%1&apos; no es una dirección http(s)</translation>
    </message>
    <message>
        <source>HubSpot needs a private app token or an OAuth access token</source>
        <translation>HubSpot necesita un token de app privada o un token de acceso OAuth</translation>
    </message>
    <message>
        <source>HubSpot refused %1 %2 (HTTP %3: %4)</source>
        <translation>HubSpot ha rechazado %1 %2 (HTTP %3: %4)</translation>
    </message>
    <message>
        <source>HubSpot answered %1 with something that is not a JSON object (%2 at byte %3); nothing of it was applied</source>
        <translation>HubSpot ha respondido a %1 con algo que no es un objeto JSON (%2 en el byte %3); no se ha aplicado nada</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>un registro sin id</translation>
    </message>
    <message>
        <source>its properties are not a JSON object</source>
        <translation>sus propiedades no son un objeto JSON</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>sin nombre (campo obligatorio)</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>el ARR &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>sin nombre ni correo electrónico</translation>
    </message>
    <message>
        <source>an owner without an id</source>
        <translation>un propietario sin id</translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer for %1 has no list of results; nothing of it was applied</source>
        <translation>La respuesta de HubSpot para %1 no tiene lista de resultados; no se ha aplicado nada</translation>
    </message>
    <message>
        <source>HubSpot refused to create the property %1 (HTTP %2: %3)</source>
        <translation>HubSpot se ha negado a crear la propiedad %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>HubSpot refused to show the property %1 (HTTP %2: %3)</source>
        <translation>HubSpot se ha negado a mostrar la propiedad %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>HubSpot write-back covers companies only</source>
        <translation>La escritura en HubSpot solo abarca empresas</translation>
    </message>
    <message>
        <source>Health score (CSM Workbench)</source>
        <translation>Puntuación de salud (CSM Workbench)</translation>
    </message>
    <message>
        <source>Health band (CSM Workbench)</source>
        <translation>Banda de salud (CSM Workbench)</translation>
    </message>
    <message>
        <source>Segment (CSM Workbench)</source>
        <translation>Segmento (CSM Workbench)</translation>
    </message>
    <message>
        <source>HubSpot has no property for the field %1</source>
        <translation>HubSpot no tiene ninguna propiedad para el campo %1</translation>
    </message>
    <message>
        <source>HubSpot did not take it: %1</source>
        <translation>HubSpot no lo ha aceptado: %1</translation>
    </message>
    <message>
        <source>HubSpot did not take %1 of the updates: %2</source>
        <translation>HubSpot no ha aceptado %1 de las actualizaciones: %2</translation>
    </message>
</context>
<context>
    <name>csm::ImportIssue</name>
    <message>
        <source>(record %1)</source>
        <translation>(registro %1)</translation>
    </message>
</context>
<context>
    <name>csm::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>csm::LocalEditStore</name>
    <message>
        <source>%1 is not a field that can be edited</source>
        <translation>%1 no es un campo editable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Fecha de renovación</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>no hay ninguna cuenta con id %1</translation>
    </message>
    <message>
        <source>An account needs a name</source>
        <translation>Una cuenta necesita un nombre</translation>
    </message>
    <message>
        <source>that edit is no longer waiting</source>
        <translation>esa edición ya no está pendiente</translation>
    </message>
</context>
<context>
    <name>csm::LocalEditsModel</name>
    <message>
        <source>(none)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Conflict: changed in the CRM too</source>
        <translation>Conflicto: también cambió en el CRM</translation>
    </message>
    <message>
        <source>Waiting to be written to the CRM</source>
        <translation>Pendiente de escribir en el CRM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>CRM&apos;s value</source>
        <translation>Valor del CRM</translation>
    </message>
    <message>
        <source>Before either change</source>
        <translation>Antes de ambos cambios</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
</context>
<context>
    <name>csm::MainWindow</name>
    <message>
        <source>CSM Workbench</source>
        <translation>CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Nueva cartera…</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Abrir cartera…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Book…</source>
        <translation>Cargar cartera de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Accounts</source>
        <translation>&amp;Buscar cuentas</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Cartera</translation>
    </message>
    <message>
        <source>Set &amp;Segment of Account</source>
        <translation>Asignar &amp;segmento a la cuenta</translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation>Automático (por reglas)</translation>
    </message>
    <message>
        <source>&amp;Recompute Segments</source>
        <translation>&amp;Recalcular segmentos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CSM Workbench</source>
        <translation>&amp;Acerca de CSM Workbench</translation>
    </message>
    <message>
        <source>Loading the book…</source>
        <translation>Cargando la cartera…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>%1 — CSM Workbench</source>
        <translation>%1 — CSM Workbench</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded in %1 ms.</source>
        <translation>
            <numerusform>%n cuenta cargada en %1 ms.</numerusform>
            <numerusform>%n cuentas cargadas en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the filters.</source>
        <translation>Ninguna cuenta coincide con los filtros.</translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation>Cartera de demostración</translation>
    </message>
    <message>
        <source>The demo book can only be loaded into an empty book. Create a new book first (File ▸ New Book…).</source>
        <translation>La cartera de demostración solo se puede cargar en una cartera vacía. Cree antes una cartera nueva (Archivo ▸ Nueva cartera…).</translation>
    </message>
    <message>
        <source>Welcome to CSM Workbench</source>
        <translation>Bienvenido a CSM Workbench</translation>
    </message>
    <message>
        <source>This book is empty. Load a demo book of 300 accounts with a year of usage, contacts, NPS responses and tickets to explore the app?</source>
        <translation>Esta cartera está vacía. ¿Desea cargar una cartera de demostración de 300 cuentas con un año de uso, contactos, respuestas NPS y tickets para explorar la aplicación?</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Abrir cartera</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation>Carteras (*.sqlite *.csmbook *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>Nueva cartera</translation>
    </message>
    <message>
        <source>Books (*.sqlite)</source>
        <translation>Carteras (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 ya existe; ábralo, o elija otro nombre.</translation>
    </message>
    <message>
        <source>Portfolio Health</source>
        <translation>Salud de la cartera</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importar cuentas…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>&amp;Exportar cuentas…</translation>
    </message>
    <message>
        <source>Export QBR Decks for &amp;Filtered Accounts…</source>
        <translation>Exportar presentaciones QBR de las cuentas &amp;filtradas…</translation>
    </message>
    <message>
        <source>&amp;Search Notes…</source>
        <translation>Buscar &amp;notas…</translation>
    </message>
    <message>
        <source>&amp;Override Health of Account…</source>
        <translation>&amp;Ajustar la salud de la cuenta…</translation>
    </message>
    <message>
        <source>C&amp;lear Health Override</source>
        <translation>&amp;Borrar ajuste de salud</translation>
    </message>
    <message>
        <source>Recompute &amp;Health</source>
        <translation>Recalcular sa&amp;lud</translation>
    </message>
    <message>
        <source>Health &amp;Model…</source>
        <translation>&amp;Modelo de salud…</translation>
    </message>
    <message>
        <source>Playbook &amp;Templates…</source>
        <translation>&amp;Plantillas de playbook…</translation>
    </message>
    <message>
        <source>Run &amp;Playbook Rules</source>
        <translation>&amp;Ejecutar reglas de playbooks</translation>
    </message>
    <message>
        <source>New &amp;QBR for Account</source>
        <translation>Nueva &amp;QBR para la cuenta</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Editar cuenta…</translation>
    </message>
    <message>
        <source>Export QBR &amp;Deck…</source>
        <translation>Exportar &amp;presentación QBR…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Ir a &amp;Hoy</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n account(s) while the book loads…</source>
        <translation>
            <numerusform>Mostrando %n cuenta mientras se carga la cartera…</numerusform>
            <numerusform>Mostrando las primeras %n cuentas mientras se carga la cartera…</numerusform>
        </translation>
    </message>
    <message>
        <source>This book is empty. Import accounts or load the demo book from the File menu, or sync a CRM from CRM ▸ Connections and Sync Log.</source>
        <translation>Esta cartera está vacía. Importe cuentas o cargue la cartera de demostración desde el menú Archivo, o sincronice un CRM desde CRM ▸ Conexiones y registro de sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved typing in %n note(s); the open note shows it.</source>
        <translation>
            <numerusform>Se ha recuperado texto sin guardar en %n nota; la nota abierta lo muestra.</numerusform>
            <numerusform>Se ha recuperado texto sin guardar en %n notas; la nota abierta lo muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Accounts (*.csv *.json);;All files (*)</source>
        <translation>Cuentas (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found:
%1</source>
        <translation>No se ha importado nada. Problemas encontrados:
%1</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated accounts.</source>
        <translation>Importadas %1 cuentas nuevas y %2 actualizadas.</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exportada %n cuenta a %1.</numerusform>
            <numerusform>Exportadas %n cuentas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to export its QBR deck.</source>
        <translation>Seleccione una cuenta para exportar su presentación QBR.</translation>
    </message>
    <message>
        <source>No accounts match the filter: nothing to export.</source>
        <translation>Ninguna cuenta coincide con el filtro: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>QBR decks are being exported already.</source>
        <translation>Ya se están exportando presentaciones QBR.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n QBR Deck(s) to Folder</source>
        <translation>
            <numerusform>Exportar %n presentación QBR a una carpeta</numerusform>
            <numerusform>Exportar %n presentaciones QBR a una carpeta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n QBR deck(s)</source>
        <translation>
            <numerusform>Exportando %n presentación QBR</numerusform>
            <numerusform>Exportando %n presentaciones QBR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deck export cancelled: %1 of %n written to %2; no partial files.</source>
        <translation>
            <numerusform>Exportación de presentaciones cancelada: %1 de %n guardadas en %2; sin archivos parciales.</numerusform>
            <numerusform>Exportación de presentaciones cancelada: %1 de %n guardadas en %2; sin archivos parciales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n QBR deck(s) to %2.</source>
        <translation>
            <numerusform>Presentaciones QBR exportadas: %1 de %n, en %2.</numerusform>
            <numerusform>Presentaciones QBR exportadas: %1 de %n, en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>QBR Deck Export</source>
        <translation>Exportación de presentaciones QBR</translation>
    </message>
    <message numerus="yes">
        <source>%n deck(s) could not be written.</source>
        <translation>
            <numerusform>No se ha podido escribir %n presentación.</numerusform>
            <numerusform>No se han podido escribir %n presentaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Review &amp;Comments…</source>
        <translation>Importar &amp;comentarios de revisión…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Import Review Comments</source>
        <translation>Importar comentarios de revisión</translation>
    </message>
    <message>
        <source>Review comments (*.json);;All files (*)</source>
        <translation>Comentarios de revisión (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Review comments from %1: %2 new, %3 already here.</source>
        <translation>Comentarios de revisión de %1: %2 nuevos, %3 ya estaban.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n comment(s) on accounts that are not in this book: %1</source>
        <translation>
            <numerusform>Se ha omitido %n comentario sobre cuentas que no están en esta cartera: %1</numerusform>
            <numerusform>Se han omitido %n comentarios sobre cuentas que no están en esta cartera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Book for Your Lead…</source>
        <translation>Exportar la cartera para su &amp;responsable…</translation>
    </message>
    <message>
        <source>Open &amp;Team Books…</source>
        <translation>Abrir carteras del equi&amp;po…</translation>
    </message>
    <message>
        <source>%1 (read-only) — CSM Workbench</source>
        <translation>%1 (solo lectura) — CSM Workbench</translation>
    </message>
    <message>
        <source>Read-only: a team member&apos;s book. Nothing you do here changes it.</source>
        <translation>Solo lectura: la cartera de un miembro del equipo. Nada de lo que haga aquí la modifica.</translation>
    </message>
    <message>
        <source>book</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>Export Book for Your Lead</source>
        <translation>Exportar la cartera para su responsable</translation>
    </message>
    <message>
        <source>CSM Workbench book (*.csmbook)</source>
        <translation>Cartera de CSM Workbench (*.csmbook)</translation>
    </message>
    <message>
        <source>Exporting the book</source>
        <translation>Exportando la cartera</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) of %1&apos;s book to %2.</source>
        <translation>
            <numerusform>Se ha exportado %n cuenta de la cartera de %1 a %2.</numerusform>
            <numerusform>Se han exportado %n cuentas de la cartera de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your team&apos;s book files (File ▸ Export Book for Your Lead in their app), or load the demo team.</source>
        <translation>Añada los archivos de cartera de su equipo (Archivo ▸ Exportar la cartera para su responsable en su aplicación) o cargue el equipo de demostración.</translation>
    </message>
    <message>
        <source>Segmentation R&amp;ules…</source>
        <translation>Reglas de se&amp;gmentación…</translation>
    </message>
    <message>
        <source>P&amp;ortfolio Health</source>
        <translation>Salud de la &amp;cartera</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>Ho&amp;y</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Igual que el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>A sync is running: the connections can be changed when it has finished.</source>
        <translation>Hay una sincronización en curso: las conexiones se podrán cambiar cuando termine.</translation>
    </message>
</context>
<context>
    <name>csm::MeetingEditor</name>
    <message>
        <source>Wins, one per line</source>
        <translation>Logros, uno por línea</translation>
    </message>
    <message>
        <source>Risks, one per line</source>
        <translation>Riesgos, uno por línea</translation>
    </message>
    <message>
        <source>Asks, one per line</source>
        <translation>Peticiones, una por línea</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Nota de la reunión</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Attendees from the account&apos;s contacts</source>
        <translation>Asistentes entre los contactos de la cuenta</translation>
    </message>
    <message>
        <source>Other attendees, comma-separated</source>
        <translation>Otros asistentes, separados por comas</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>Otros asistentes</translation>
    </message>
    <message>
        <source>Customer objective</source>
        <translation>Objetivo del cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes from the meeting</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Save the note as a version (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>Guarda la nota como una versión (Ctrl+S); Edición ▸ Deshacer lo revierte</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Add Next Step</source>
        <translation>Añadir siguiente paso</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Asistentes:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Wins · risks · asks:</source>
        <translation>Logros · riesgos · peticiones:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Siguientes pasos:</translation>
    </message>
    <message>
        <source>Choose a meeting or start a new one.</source>
        <translation>Elija una reunión o empiece una nueva.</translation>
    </message>
    <message>
        <source>%1 ★ (%2)</source>
        <translation>%1 ★ (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restored typing autosaved at %1 that was not saved. Save keeps it, or &lt;a href=&quot;discard&quot;&gt;discard it&lt;/a&gt;.</source>
        <translation>Se ha recuperado texto autoguardado a las %1 que no se había guardado. Guardar lo conserva, o &lt;a href=&quot;discard&quot;&gt;descártelo&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Unsaved: restored from the autosave.</source>
        <translation>Sin guardar: recuperado del autoguardado.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Taken over from the previous review</source>
        <translation>Heredado de la revisión anterior</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved as you type)</source>
        <translation>Cambios sin guardar (se autoguardan mientras escribe)</translation>
    </message>
    <message>
        <source>Unsaved changes · autosaved %1</source>
        <translation>Cambios sin guardar · autoguardado %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error al autoguardar: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s), newest first.</source>
        <translation>
            <numerusform>%n versión guardada, la más reciente primero.</numerusform>
            <numerusform>%n versiones guardadas, la más reciente primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Peticiones</translation>
    </message>
</context>
<context>
    <name>csm::NoteSearchDialog</name>
    <message>
        <source>Search Notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Words to find in every note of the book</source>
        <translation>Palabras que buscar en todas las notas de la cartera</translation>
    </message>
    <message>
        <source>Search notes for</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notas encontradas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Dónde coincide</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n nota encontrada</numerusform>
            <numerusform>%n notas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>csm::NotesView</name>
    <message>
        <source>New &amp;QBR</source>
        <translation>Nueva &amp;QBR</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Nue&amp;va…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Meeting notes of the account</source>
        <translation>Notas de reuniones de la cuenta</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>A new QBR with the last one&apos;s open next steps and objectives</source>
        <translation>Una QBR nueva con los siguientes pasos y objetivos abiertos de la anterior</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note and its next steps? This cannot be undone.</source>
        <translation>¿Eliminar esta nota y sus siguientes pasos? No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source> — %n open next step(s)</source>
        <translation>
            <numerusform> — %n siguiente paso abierto</numerusform>
            <numerusform> — %n siguientes pasos abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::NpsChart</name>
    <message>
        <source>NPS answers per quarter: promoters, passives and detractors</source>
        <translation>Respuestas NPS por trimestre: promotores, pasivos y detractores</translation>
    </message>
    <message>
        <source>No NPS answers this year</source>
        <translation>No hay respuestas NPS este año</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractores (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Pasivos (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>csm::OAuthSignIn</name>
    <message>
        <source>The CRM refused to trade the sign-in code for a token: %1</source>
        <translation>El CRM se ha negado a canjear el código de inicio de sesión por un token: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the CRM&apos;s answer</source>
        <translation>No se puede escuchar en 127.0.0.1:%1 la respuesta del CRM</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to CSM Workbench.</source>
        <translation>Sesión iniciada. Puede cerrar esta página y volver a CSM Workbench.</translation>
    </message>
    <message>
        <source>The CRM signed you in but gave no refresh token; ask for offline access (scope)</source>
        <translation>El CRM le ha dado acceso pero sin token de actualización; solicite acceso sin conexión (scope)</translation>
    </message>
    <message>
        <source>The CRM refused the sign-in: %1</source>
        <translation>El CRM ha rechazado el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in did not complete: the CRM&apos;s token answer was refused or unreadable</source>
        <translation>El inicio de sesión no se ha completado: la respuesta de token del CRM fue rechazada o ilegible</translation>
    </message>
    <message>
        <source>The stored sign-in has no token address; sign in again</source>
        <translation>El inicio de sesión guardado no tiene dirección de token; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>The CRM refused the stored sign-in (%1); sign in again</source>
        <translation>El CRM ha rechazado el inicio de sesión guardado (%1); vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>The CRM&apos;s token answer had no access token (HTTP %1)</source>
        <translation>La respuesta de token del CRM no traía token de acceso (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>csm::PlaybookEditorDialog</name>
    <message>
        <source>Started by hand only</source>
        <translation>Solo se inicia a mano</translation>
    </message>
    <message>
        <source>Health enters red</source>
        <translation>La salud pasa a rojo</translation>
    </message>
    <message>
        <source>Renewal within N days</source>
        <translation>Renovación dentro de N días</translation>
    </message>
    <message>
        <source>Lifecycle stage becomes…</source>
        <translation>La etapa del ciclo de vida pasa a…</translation>
    </message>
    <message>
        <source>NPS detractor answer</source>
        <translation>Respuesta NPS de detractor</translation>
    </message>
    <message>
        <source>No touch for N days</source>
        <translation>Sin interacción durante N días</translation>
    </message>
    <message>
        <source>Active users drop N% over 30 days</source>
        <translation>Los usuarios activos caen un N% en 30 días</translation>
    </message>
    <message>
        <source>The rule starts this playbook by itself</source>
        <translation>La regla inicia este playbook por sí sola</translation>
    </message>
    <message>
        <source>Playbook Templates</source>
        <translation>Plantillas de playbook</translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation>Plantillas de playbook</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>(none ticked: every segment)</source>
        <translation>(ninguno marcado: todos los segmentos)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Vence tras (días)</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rol responsable</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Pasos de la lista</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmentos:</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>&amp;New Template</source>
        <translation>Nueva &amp;plantilla</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>%1 (rule off)</source>
        <translation>%1 (regla desactivada)</translation>
    </message>
    <message>
        <source>A built-in template: change it freely; runs already started keep their steps.</source>
        <translation>Una plantilla integrada: cámbiela libremente; las ejecuciones ya iniciadas conservan sus pasos.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Guardado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nuevo playbook</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>Marks the account&apos;s first value when done</source>
        <translation>Al completarse, marca el primer valor obtenido por la cuenta</translation>
    </message>
</context>
<context>
    <name>csm::PlaybooksView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;kip Step…</source>
        <translation>&amp;Omitir paso…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mpletar</translation>
    </message>
    <message>
        <source>Cancel &amp;Playbook…</source>
        <translation>Cancelar p&amp;laybook…</translation>
    </message>
    <message>
        <source>Playbooks of the account</source>
        <translation>Playbooks de la cuenta</translation>
    </message>
    <message>
        <source>Playbook to start</source>
        <translation>Playbook que iniciar</translation>
    </message>
    <message>
        <source>Playbook runs and their steps</source>
        <translation>Ejecuciones de playbooks y sus pasos</translation>
    </message>
    <message>
        <source>Playbook / step</source>
        <translation>Playbook / paso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Start a playbook:</source>
        <translation>Iniciar un playbook:</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Omitir paso</translation>
    </message>
    <message>
        <source>Why is this step skipped?</source>
        <translation>¿Por qué se omite este paso?</translation>
    </message>
    <message>
        <source>Cancel Playbook</source>
        <translation>Cancelar playbook</translation>
    </message>
    <message>
        <source>Why is this playbook cancelled?</source>
        <translation>¿Por qué se cancela este playbook?</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 done · %4 · started %5</source>
        <translation>%1 — %2 de %3 hechos · %4 · iniciado el %5</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · vencido</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · vence hoy</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>Hecho por %1 el %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Skipped by %1: %2</source>
        <translation>Omitido por %1: %2</translation>
    </message>
    <message>
        <source>
Skipped: %1</source>
        <translation>
Omitido: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No playbook has run on this account. Rules start them by themselves, or start one above.</source>
        <translation>Ningún playbook se ha ejecutado en esta cuenta. Las reglas los inician por sí solas, o inicie uno arriba.</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioAccountModel</name>
    <message>
        <source>%1 (former customer)</source>
        <translation>%1 (antiguo cliente)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange rate for %1: shown in its own currency</source>
        <translation>No hay tipo de cambio para %1: se muestra en su propia moneda</translation>
    </message>
    <message>
        <source>CRM id %1 · double-click to open it in the CSM&apos;s book (read-only)</source>
        <translation>ID de CRM %1 · haga doble clic para abrirla en la cartera del CSM (solo lectura)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Pasos vencidos</translation>
    </message>
    <message>
        <source>Last QBR</source>
        <translation>Última QBR</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioCharts</name>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Health by segment</source>
        <translation>Salud por segmento</translation>
    </message>
    <message>
        <source>ARR against health</source>
        <translation>ARR frente a salud</translation>
    </message>
    <message>
        <source>Measure health mix by</source>
        <translation>Medir la distribución de salud por</translation>
    </message>
    <message>
        <source>By accounts</source>
        <translation>Por cuentas</translation>
    </message>
    <message>
        <source>By ARR</source>
        <translation>Por ARR</translation>
    </message>
    <message numerus="yes">
        <source>ARR at risk (red): %1 across %n account(s)</source>
        <translation>
            <numerusform>ARR en riesgo (rojo): %1 en %n cuenta</numerusform>
            <numerusform>ARR en riesgo (rojo): %1 en %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Health mix by segment (accounts)</source>
        <translation>Distribución de salud por segmento (cuentas)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>ARR against health (largest %n account(s))</source>
        <translation>
            <numerusform>ARR frente a salud (%n cuenta, la más grande)</numerusform>
            <numerusform>ARR frente a salud (las %n cuentas más grandes)</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR %1 · health %2 (%3)</source>
        <translation>ARR %1 · salud %2 (%3)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR en %1. %n cuenta en una moneda sin tipo de cambio queda fuera del ARR; defina los tipos en Configuración, General.</numerusform>
            <numerusform>ARR en %1. %n cuentas en una moneda sin tipo de cambio quedan fuera del ARR; defina los tipos en Configuración, General.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1, converted at the exchange rates in Settings, General.</source>
        <translation>ARR en %1, convertido a los tipos de cambio de Configuración, General.</translation>
    </message>
    <message>
        <source>Health mix by segment (ARR, thousands of %1)</source>
        <translation>Distribución de salud por segmento (ARR, miles de %1)</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR (%1)</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioDeck</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 d</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <source>Health mix</source>
        <translation>Distribución de la salud</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of ARR</source>
        <translation>%1 · %2 · %3 del ARR</translation>
    </message>
    <message>
        <source>Renewals in the next 120 days</source>
        <translation>Renovaciones en los próximos 120 días</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Revisión del portafolio</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>TEAM SUMMARY</source>
        <translation>RESUMEN DEL EQUIPO</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Periodo %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>prepared by %1</source>
        <translation>preparado por %1</translation>
    </message>
    <message>
        <source>amounts in %1</source>
        <translation>importes en %1</translation>
    </message>
    <message>
        <source>%1 accounts only</source>
        <translation>solo cuentas %1</translation>
    </message>
    <message>
        <source>the book of %1 only</source>
        <translation>solo la cartera de %1</translation>
    </message>
    <message>
        <source>CSMs: %1</source>
        <translation>CSM: %1</translation>
    </message>
    <message>
        <source> · shared: %1</source>
        <translation> · compartidas: %1</translation>
    </message>
    <message>
        <source>Left out, no rate: %1</source>
        <translation>Excluidas, sin tipo: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Importes en %1</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR en riesgo</translation>
    </message>
    <message>
        <source>Red: %1 · %2 of ARR</source>
        <translation>Rojo: %1 · %2 del ARR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Starting ARR %1</source>
        <translation>ARR inicial %1</translation>
    </message>
    <message>
        <source>No ARR at the start</source>
        <translation>Sin ARR al inicio</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Churn and cuts: %1</source>
        <translation>Pérdidas y recortes: %1</translation>
    </message>
    <message>
        <source>Coverage and retention</source>
        <translation>Cobertura y retención</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>ninguna de %1</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>Pasos de playbook vencidos</translation>
    </message>
    <message>
        <source>Accounts with overdue steps</source>
        <translation>Cuentas con pasos vencidos</translation>
    </message>
    <message>
        <source>QBR coverage, high-touch</source>
        <translation>Cobertura de QBR, high-touch</translation>
    </message>
    <message>
        <source>Median days since last touch</source>
        <translation>Mediana de días desde la última interacción</translation>
    </message>
    <message>
        <source>Not touched in %1 days</source>
        <translation>Sin interacción en %1 días</translation>
    </message>
    <message>
        <source>Median days to first value</source>
        <translation>Mediana de días hasta el primer valor</translation>
    </message>
    <message>
        <source>Starting ARR</source>
        <translation>ARR inicial</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <source>Contraction and churn</source>
        <translation>Contracción y pérdida</translation>
    </message>
    <message>
        <source>New and reactivated</source>
        <translation>Nuevas y reactivadas</translation>
    </message>
    <message>
        <source>The team by CSM and segment</source>
        <translation>El equipo por CSM y segmento</translation>
    </message>
    <message>
        <source>ARR by health per CSM</source>
        <translation>ARR por salud y CSM</translation>
    </message>
    <message>
        <source>Bars: ARR by health band. Right: the CSM&apos;s ARR and accounts.</source>
        <translation>Barras: ARR por banda de salud. A la derecha: ARR y cuentas del CSM.</translation>
    </message>
    <message>
        <source>Shared accounts count for each of their CSMs, once for the team.</source>
        <translation>Las cuentas compartidas cuentan para cada uno de sus CSM y una sola vez para el equipo.</translation>
    </message>
    <message>
        <source>No CSM books in the portfolio.</source>
        <translation>No hay carteras de CSM en el portafolio.</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Por segmento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Red · amber · green</source>
        <translation>Rojo · ámbar · verde</translation>
    </message>
    <message>
        <source>Renewing in 120 days</source>
        <translation>Renuevan en 120 días</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>Cobertura de QBR</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Compartidas: %1</translation>
    </message>
    <message>
        <source>High-touch: %1</source>
        <translation>High-touch: %1</translation>
    </message>
    <message>
        <source>%1 of team ARR</source>
        <translation>%1 del ARR del equipo</translation>
    </message>
    <message>
        <source>GRR %1</source>
        <translation>GRR %1</translation>
    </message>
    <message>
        <source>%1 of %2 high-touch</source>
        <translation>%1 de %2 high-touch</translation>
    </message>
    <message>
        <source>No high-touch accounts</source>
        <translation>No hay cuentas high-touch</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Pasos vencidos</translation>
    </message>
    <message>
        <source>Accounts affected: %1</source>
        <translation>Cuentas afectadas: %1</translation>
    </message>
    <message>
        <source>Median days since last touch: %1</source>
        <translation>Mediana de días desde la última interacción: %1</translation>
    </message>
    <message>
        <source>not touched in %1 days: %2</source>
        <translation>sin interacción en %1 días: %2</translation>
    </message>
    <message>
        <source>time to value: median %1 days, reached %2 of %3</source>
        <translation>tiempo hasta el valor: mediana de %1 días, alcanzado por %2 de %3</translation>
    </message>
    <message>
        <source>time to value: reached 0 of %1</source>
        <translation>tiempo hasta el valor: alcanzado por 0 de %1</translation>
    </message>
    <message>
        <source>book exported %1</source>
        <translation>cartera exportada el %1</translation>
    </message>
    <message>
        <source>Red and amber renewals, next 120 days</source>
        <translation>Renovaciones rojas y ámbar, próximos 120 días</translation>
    </message>
    <message>
        <source>No red or amber account renews in the next 120 days.</source>
        <translation>Ninguna cuenta roja o ámbar se renueva en los próximos 120 días.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SALUD</translation>
    </message>
    <message>
        <source>RENEWS</source>
        <translation>RENUEVA</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Not listed: %1 more, ARR %2</source>
        <translation>Sin listar: %1 más, ARR %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioGroupModel</name>
    <message>
        <source>%1 (%2 red)</source>
        <translation>%1 (%2 rojas)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Green: %1 accounts, %2
Amber: %3 accounts, %4
Red: %5 accounts, %6
Not scored: %7 accounts, %8</source>
        <translation>Verde: %1 cuentas, %2
Ámbar: %3 cuentas, %4
Rojo: %5 cuentas, %6
Sin puntuación: %7 cuentas, %8</translation>
    </message>
    <message>
        <source>ARR of red accounts: %1</source>
        <translation>ARR de las cuentas rojas: %1</translation>
    </message>
    <message>
        <source>Renewing in %1–%2 days: %3 accounts, %4
Green %5 · Amber %6 · Red %7 · Not scored %8</source>
        <translation>Renuevan en %1–%2 días: %3 cuentas, %4
Verde %5 · Ámbar %6 · Rojo %7 · Sin puntuación %8</translation>
    </message>
    <message>
        <source>%1 overdue playbook steps on %2 accounts</source>
        <translation>%1 pasos de playbook vencidos en %2 cuentas</translation>
    </message>
    <message>
        <source>%1 of %2 high-touch accounts had no QBR in the last 90 days</source>
        <translation>%1 de %2 cuentas high-touch no tuvieron QBR en los últimos 90 días</translation>
    </message>
    <message>
        <source>Median days since the last touch; %1 accounts not touched in 30 days</source>
        <translation>Mediana de días desde la última interacción; %1 cuentas sin interacción en 30 días</translation>
    </message>
    <message>
        <source>Starting ARR %1 (%2 accounts)
+ expansion %3
− contraction %4
− churn %5
New %6 · reactivated %7 (not in NRR)</source>
        <translation>ARR inicial %1 (%2 cuentas)
+ expansión %3
− contracción %4
− pérdida %5
Nuevas %6 · reactivadas %7 (fuera del NRR)</translation>
    </message>
    <message>
        <source>%1 accounts left out: no exchange rate for their currency</source>
        <translation>%1 cuentas excluidas: no hay tipo de cambio para su moneda</translation>
    </message>
    <message>
        <source>%1 accounts started in the period, %2 reached first value</source>
        <translation>%1 cuentas iniciadas en el periodo, %2 alcanzaron el primer valor</translation>
    </message>
    <message>
        <source>ARR of accounts in the red band</source>
        <translation>ARR de las cuentas en la banda roja</translation>
    </message>
    <message>
        <source>High-touch accounts with a QBR in the last 90 days</source>
        <translation>Cuentas high-touch con una QBR en los últimos 90 días</translation>
    </message>
    <message>
        <source>Median days since the last touch</source>
        <translation>Mediana de días desde la última interacción</translation>
    </message>
    <message>
        <source>Net revenue retention over the period</source>
        <translation>Retención neta de ingresos (NRR) en el periodo</translation>
    </message>
    <message>
        <source>Gross revenue retention over the period</source>
        <translation>Retención bruta de ingresos (GRR) en el periodo</translation>
    </message>
    <message>
        <source>Median days from contract start to first value, for accounts started in the period</source>
        <translation>Mediana de días desde el inicio del contrato hasta el primer valor, para las cuentas iniciadas en el periodo</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ámbar</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR en riesgo</translation>
    </message>
    <message>
        <source>Renew ≤30 d</source>
        <translation>Renuevan ≤30 d</translation>
    </message>
    <message>
        <source>31–60 d</source>
        <translation>31–60 d</translation>
    </message>
    <message>
        <source>61–90 d</source>
        <translation>61–90 d</translation>
    </message>
    <message>
        <source>91–120 d</source>
        <translation>91–120 d</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Pasos vencidos</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>Cobertura de QBR</translation>
    </message>
    <message>
        <source>Days since touch</source>
        <translation>Días sin interacción</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Tiempo hasta el valor</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioWindow</name>
    <message>
        <source>Team Portfolio — CSM Workbench</source>
        <translation>Portafolio del equipo — CSM Workbench</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Último trimestre</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de informe</translation>
    </message>
    <message>
        <source>Figures by CSM</source>
        <translation>Cifras por CSM</translation>
    </message>
    <message>
        <source>Figures by segment</source>
        <translation>Cifras por segmento</translation>
    </message>
    <message>
        <source>Accounts behind the figure</source>
        <translation>Cuentas detrás de la cifra</translation>
    </message>
    <message>
        <source>Portfolio chart</source>
        <translation>Gráfico del portafolio</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Health mix by ARR</source>
        <translation>Distribución de la salud por ARR</translation>
    </message>
    <message>
        <source>Health mix by accounts</source>
        <translation>Distribución de la salud por cuentas</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR en riesgo</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Renovaciones próximas</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>Pasos de playbook vencidos</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>Cobertura de QBR</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Días desde la última interacción</translation>
    </message>
    <message>
        <source>NRR and GRR</source>
        <translation>NRR y GRR</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Tiempo hasta el valor</translation>
    </message>
    <message>
        <source>Chart grouping</source>
        <translation>Agrupación del gráfico</translation>
    </message>
    <message>
        <source>By CSM</source>
        <translation>Por CSM</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Por segmento</translation>
    </message>
    <message>
        <source>Click a figure to see the accounts behind it.</source>
        <translation>Haga clic en una cifra para ver las cuentas que hay detrás.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable del equipo</translation>
    </message>
    <message>
        <source>Team books</source>
        <translation>Carteras del equipo</translation>
    </message>
    <message>
        <source>Team Books</source>
        <translation>Carteras del equipo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: a newer export of %2&apos;s book (%3) is already open; kept that one.</source>
        <translation>%1: ya hay abierta una exportación más reciente de la cartera de %2 (%3); se ha conservado esa.</translation>
    </message>
    <message>
        <source>%1 books open, %2 could not be opened.</source>
        <translation>%1 carteras abiertas; no se han podido abrir %2.</translation>
    </message>
    <message>
        <source>Portfolio Review</source>
        <translation>Revisión del portafolio</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Add Books…</source>
        <translation>Añadir carteras…</translation>
    </message>
    <message>
        <source>Open Team Books</source>
        <translation>Abrir carteras del equipo</translation>
    </message>
    <message>
        <source>CSM Workbench books (*.csmbook *.sqlite);;All files (*)</source>
        <translation>Carteras de CSM Workbench (*.csmbook *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Open a Folder of Team Books</source>
        <translation>Abrir una carpeta de carteras del equipo</translation>
    </message>
    <message>
        <source>Load Demo Team</source>
        <translation>Cargar equipo de demostración</translation>
    </message>
    <message>
        <source>Remove Book</source>
        <translation>Quitar cartera</translation>
    </message>
    <message>
        <source> Period: </source>
        <translation> Periodo: </translation>
    </message>
    <message>
        <source> Segment: </source>
        <translation> Segmento: </translation>
    </message>
    <message>
        <source> CSM: </source>
        <translation> CSM: </translation>
    </message>
    <message>
        <source> Currency: </source>
        <translation> Moneda: </translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation>Tipos de cambio…</translation>
    </message>
    <message>
        <source>Export Review PDF…</source>
        <translation>Exportar PDF de revisión…</translation>
    </message>
    <message>
        <source>Export Portfolio Review</source>
        <translation>Exportar la revisión del portafolio</translation>
    </message>
    <message>
        <source>Portfolio review %1.pdf</source>
        <translation>Revisión del portafolio %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No book files there (*.csmbook, *.sqlite).</source>
        <translation>No hay archivos de cartera ahí (*.csmbook, *.sqlite).</translation>
    </message>
    <message>
        <source>Opening %1 books…</source>
        <translation>Abriendo %1 carteras…</translation>
    </message>
    <message>
        <source>Opened %1 of %2 books…</source>
        <translation>%1 de %2 carteras abiertas…</translation>
    </message>
    <message>
        <source>Could not remember the team books: %1</source>
        <translation>No se han podido recordar las carteras del equipo: %1</translation>
    </message>
    <message>
        <source>Writing a demo team of five CSMs…</source>
        <translation>Escribiendo un equipo de demostración de cinco CSM…</translation>
    </message>
    <message>
        <source>Demo Team</source>
        <translation>Equipo de demostración</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 demo books…</source>
        <translation>%1 de %2 carteras de demostración escritas…</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>Todos los CSM</translation>
    </message>
    <message>
        <source>%1 CSMs · %2 accounts · ARR %3 · at risk %4 · NRR %5 · GRR %6 (%7 to %8)</source>
        <translation>%1 CSM · %2 cuentas · ARR %3 · en riesgo %4 · NRR %5 · GRR %6 (del %7 al %8)</translation>
    </message>
    <message>
        <source>%1 — %2 accounts (double-click one to open it in the CSM&apos;s book)</source>
        <translation>%1 — %2 cuentas (haga doble clic en una para abrirla en la cartera del CSM)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is a former customer: it is no longer in %2&apos;s book list.</source>
        <translation>%1 es un antiguo cliente: ya no está en la lista de la cartera de %2.</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>What one unit of each currency is worth in %1, as CODE=RATE separated by semicolons:</source>
        <translation>Lo que vale una unidad de cada moneda en %1, como CÓDIGO=TIPO separados por punto y coma:</translation>
    </message>
    <message>
        <source>Writing the portfolio review…</source>
        <translation>Escribiendo la revisión del portafolio…</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Revisión del portafolio</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>miles de %1</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <source>≤30 days</source>
        <translation>≤30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>91–120 days</source>
        <translation>91–120 días</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>Median days since last touch</source>
        <translation>Mediana de días desde la última interacción</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Median days to first value</source>
        <translation>Mediana de días hasta el primer valor</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2: %3 %4</translation>
    </message>
    <message>
        <source>Export Comments for CSM…</source>
        <translation>Exportar comentarios para el CSM…</translation>
    </message>
    <message>
        <source>Export Comments</source>
        <translation>Exportar comentarios</translation>
    </message>
    <message>
        <source>Choose a CSM first (the CSM filter or the Team Books list).</source>
        <translation>Elija primero un CSM (el filtro de CSM o la lista de carteras del equipo).</translation>
    </message>
    <message>
        <source>Export Review Comments</source>
        <translation>Exportar comentarios de revisión</translation>
    </message>
    <message>
        <source>Review comments for %1.json</source>
        <translation>Comentarios de revisión para %1.json</translation>
    </message>
    <message>
        <source>Review comments (*.json)</source>
        <translation>Comentarios de revisión (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1 comments for %2 to %3</source>
        <translation>Se han escrito %1 comentarios para %2 en %3</translation>
    </message>
    <message>
        <source>Add My Book by Owner</source>
        <translation>Añadir mi cartera por propietario</translation>
    </message>
    <message>
        <source>Your own book, synced from the CRM for the team, compared owner by owner</source>
        <translation>Su propia cartera, sincronizada desde el CRM para el equipo, comparada propietario a propietario</translation>
    </message>
</context>
<context>
    <name>csm::QuickOpenModel</name>
    <message>
        <source>%1 ARR</source>
        <translation>%1 de ARR</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>renueva el %1</translation>
    </message>
    <message>
        <source>%1, account, health %2, %3</source>
        <translation>%1, cuenta, salud %2, %3</translation>
    </message>
    <message>
        <source>%1, command</source>
        <translation>%1, comando</translation>
    </message>
    <message>
        <source>%1, command, %2</source>
        <translation>%1, comando, %2</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Comentario sobre %1</translation>
    </message>
    <message>
        <source>New review comment</source>
        <translation>Nuevo comentario de revisión</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <source>Playbook run: %1</source>
        <translation>Ejecución de playbook: %1</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>De qué trata el comentario</translation>
    </message>
    <message>
        <source>What should the CSM know or do?</source>
        <translation>¿Qué debe saber o hacer el CSM?</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>Comment from</source>
        <translation>Autor del comentario</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentStore</name>
    <message>
        <source>A review comment needs some text.</source>
        <translation>Un comentario de revisión necesita texto.</translation>
    </message>
    <message>
        <source>A review comment needs an author.</source>
        <translation>Un comentario de revisión necesita un autor.</translation>
    </message>
    <message>
        <source>A review comment needs the CRM id of its account.</source>
        <translation>Un comentario de revisión necesita el ID de CRM de su cuenta.</translation>
    </message>
    <message>
        <source>cannot store the review comment</source>
        <translation>no se puede guardar el comentario de revisión</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s review comments</source>
        <translation>no se pueden leer los comentarios de revisión de la cuenta</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s review comments</source>
        <translation>no se pueden leer los comentarios de revisión de la cartera</translation>
    </message>
    <message>
        <source>cannot remove the review comment</source>
        <translation>no se puede quitar el comentario de revisión</translation>
    </message>
    <message>
        <source>There is no review comment %1.</source>
        <translation>No existe el comentario de revisión %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no review comments.</source>
        <translation>%1 está vacío; no contiene comentarios de revisión.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>%1 is not a review comments file (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1 no es un archivo de comentarios de revisión (su &quot;format&quot; no es &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 has no valid review comments &quot;version&quot;.</source>
        <translation>%1 no tiene una &quot;version&quot; de comentarios de revisión válida.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CSM Workbench (review comments version %2; this version reads up to %3). Nothing was imported.</source>
        <translation>%1 lo escribió una versión más reciente de CSM Workbench (comentarios de revisión versión %2; esta versión lee hasta la %3). No se ha importado nada.</translation>
    </message>
    <message>
        <source>%1 has no &quot;comments&quot; list.</source>
        <translation>%1 no tiene una lista &quot;comments&quot;.</translation>
    </message>
    <message>
        <source>comment %1: %2</source>
        <translation>comentario %1: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text that is not empty</source>
        <translation>&quot;%1&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; debe ser texto</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be a date and time like 2026-11-25T09:30:00Z</source>
        <translation>&quot;created_at&quot; debe ser una fecha y hora como 2026-11-25T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;run_id&quot; must be a whole number or null</source>
        <translation>&quot;run_id&quot; debe ser un número entero o null</translation>
    </message>
    <message>
        <source>cannot look up the account of a review comment</source>
        <translation>no se puede buscar la cuenta de un comentario de revisión</translation>
    </message>
    <message>
        <source>cannot store a review comment</source>
        <translation>no se puede guardar un comentario de revisión</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentsPanel</name>
    <message>
        <source>No review comments on this account yet.</source>
        <translation>Esta cuenta aún no tiene comentarios de revisión.</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Añadir &amp;comentario…</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <source>Account commented on</source>
        <translation>Cuenta comentada</translation>
    </message>
    <message>
        <source>No review comments</source>
        <translation>Sin comentarios de revisión</translation>
    </message>
    <message>
        <source>Review comments problem</source>
        <translation>Problema con los comentarios de revisión</translation>
    </message>
    <message>
        <source>Add a review comment</source>
        <translation>Añadir un comentario de revisión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Review comments on the account</source>
        <translation>Comentarios de revisión sobre la cuenta</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Comentarios sobre %1</translation>
    </message>
    <message>
        <source>Playbook run: %1</source>
        <translation>Ejecución de playbook: %1</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, de %2: %3</translation>
    </message>
    <message>
        <source>The comment was not saved: %1</source>
        <translation>No se ha guardado el comentario: %1</translation>
    </message>
</context>
<context>
    <name>csm::SalesforceConnector</name>
    <message>
        <source>Instance address</source>
        <translation>Dirección de la instancia</translation>
    </message>
    <message>
        <source>The instance_url of the org, such as https://yourcompany.my.salesforce.com</source>
        <translation>La instance_url de la org, como https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Such as v59.0</source>
        <translation>Como v59.0</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>For Sign In with Browser: https://login.salesforce.com, test.salesforce.com for sandboxes, or My Domain</source>
        <translation>Para Iniciar sesión con el navegador: https://login.salesforce.com, test.salesforce.com para sandboxes, o My Domain</translation>
    </message>
    <message>
        <source>ARR field</source>
        <translation>Campo de ARR</translation>
    </message>
    <message>
        <source>The Account field holding ARR (API name)</source>
        <translation>El campo de Account que contiene el ARR (nombre de API)</translation>
    </message>
    <message>
        <source>Renewal date field</source>
        <translation>Campo de fecha de renovación</translation>
    </message>
    <message>
        <source>An Account date field (API name)</source>
        <translation>Un campo de fecha de Account (nombre de API)</translation>
    </message>
    <message>
        <source>Contract start field</source>
        <translation>Campo de inicio del contrato</translation>
    </message>
    <message>
        <source>Lifecycle stage field</source>
        <translation>Campo de etapa del ciclo de vida</translation>
    </message>
    <message>
        <source>An Account field holding Onboarding, Adoption, Expansion, Renewal or Advocacy</source>
        <translation>Un campo de Account que contiene Onboarding, Adoption, Expansion, Renewal o Advocacy</translation>
    </message>
    <message>
        <source>Currency field</source>
        <translation>Campo de moneda</translation>
    </message>
    <message>
        <source>CurrencyIsoCode in orgs with several currencies; empty: every amount is in USD</source>
        <translation>CurrencyIsoCode en orgs con varias monedas; vacío: todos los importes están en USD</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Registros por página</translation>
    </message>
    <message>
        <source>200 to 2000</source>
        <translation>De 200 a 2000</translation>
    </message>
    <message>
        <source>Timeout per request (ms)</source>
        <translation>Tiempo de espera por petición (ms)</translation>
    </message>
    <message>
        <source>Retries per request</source>
        <translation>Reintentos por petición</translation>
    </message>
    <message>
        <source>First retry after (ms)</source>
        <translation>Primer reintento tras (ms)</translation>
    </message>
    <message>
        <source>Salesforce needs the org&apos;s instance address (its instance_url), such as https://yourcompany.my.salesforce.com</source>
        <translation>Salesforce necesita la dirección de instancia de la org (su instance_url), como https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>&apos;%1&apos; no es una dirección http(s)</translation>
    </message>
    <message>
        <source>Salesforce needs an OAuth access token of a connected app</source>
        <translation>Salesforce necesita un token de acceso OAuth de una connected app</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API version such as v59.0</source>
        <translation>&apos;%1&apos; no es una versión de la API de Salesforce como v59.0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce field&apos;s API name</source>
        <translation>&apos;%1&apos; no es el nombre de API de un campo de Salesforce</translation>
    </message>
    <message>
        <source>Salesforce refused GET %1 (HTTP %2: %3)</source>
        <translation>Salesforce ha rechazado GET %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>Check that the fields the connection&apos;s settings name exist in this org, by their API names (such as Renewal_Date__c)</source>
        <translation>Compruebe que los campos que nombran los ajustes de la conexión existen en esta org, por sus nombres de API (como Renewal_Date__c)</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with something that is not a JSON object (%2 at byte %3); nothing of it was applied</source>
        <translation>Salesforce ha respondido a %1 con algo que no es un objeto JSON (%2 en el byte %3); no se ha aplicado nada</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with JSON that is not a JSON object; nothing of it was applied</source>
        <translation>Salesforce ha respondido a %1 con JSON que no es un objeto JSON; no se ha aplicado nada</translation>
    </message>
    <message>
        <source>a record that is not a JSON object</source>
        <translation>un registro que no es un objeto JSON</translation>
    </message>
    <message>
        <source>a record without an Id</source>
        <translation>un registro sin Id</translation>
    </message>
    <message>
        <source>its SystemModstamp &apos;%1&apos; is not a timestamp</source>
        <translation>su SystemModstamp &apos;%1&apos; no es una marca de tiempo</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>sin nombre (campo obligatorio)</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>el ARR &apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>sin nombre ni correo electrónico</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer for %1 has no list of records; nothing of it was applied</source>
        <translation>La respuesta de Salesforce para %1 no tiene lista de registros; no se ha aplicado nada</translation>
    </message>
    <message>
        <source>Salesforce said more %1 follow but sent no nextRecordsUrl; nothing of the page was applied</source>
        <translation>Salesforce indicó que siguen más %1 pero no envió nextRecordsUrl; no se ha aplicado nada de la página</translation>
    </message>
    <message>
        <source>Salesforce sent the next page of %1 on another host (%2); it was not followed, and nothing of the page was applied</source>
        <translation>Salesforce envió la página siguiente de %1 en otro host (%2); no se ha seguido, y no se ha aplicado nada de la página</translation>
    </message>
    <message>
        <source>Salesforce write-back covers accounts only</source>
        <translation>La escritura en Salesforce solo abarca cuentas</translation>
    </message>
    <message>
        <source>Create the custom fields %1 on Account in Salesforce Setup (Object Manager, Account, Fields &amp; Relationships) and give the connected app&apos;s user access to them; the REST API cannot create fields.</source>
        <translation>Cree los campos personalizados %1 en Account desde Setup de Salesforce (Object Manager, Account, Fields &amp; Relationships) y dé acceso a ellos al usuario de la connected app; la API REST no puede crear campos.</translation>
    </message>
    <message>
        <source>Salesforce has no field for %1</source>
        <translation>Salesforce no tiene ningún campo para %1</translation>
    </message>
    <message>
        <source>Salesforce refused PATCH %1 (HTTP %2: %3)</source>
        <translation>Salesforce ha rechazado PATCH %1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with something that is not a JSON array of results; whether the updates were written is unknown</source>
        <translation>Salesforce ha respondido a %1 con algo que no es una lista JSON de resultados; no se sabe si se escribieron las actualizaciones</translation>
    </message>
    <message>
        <source>no result for it</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>Salesforce did not take it: %1</source>
        <translation>Salesforce no lo ha aceptado: %1</translation>
    </message>
    <message>
        <source>Salesforce did not take %1 of the %2 updates: %3</source>
        <translation>Salesforce no ha aceptado %1 de las %2 actualizaciones: %3</translation>
    </message>
</context>
<context>
    <name>csm::SecretStore</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se ha podido leer el llavero: %1</translation>
    </message>
    <message>
        <source>The keychain did not take the token (%1); it is kept until the app closes and must be entered again after that</source>
        <translation>El llavero no ha aceptado el token (%1); se conserva hasta que se cierre la aplicación y después habrá que introducirlo de nuevo</translation>
    </message>
    <message>
        <source>The keychain could not remove the token: %1</source>
        <translation>El llavero no ha podido eliminar el token: %1</translation>
    </message>
</context>
<context>
    <name>csm::SegmentCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Asignar %2 a %1</translation>
    </message>
    <message>
        <source>Return %1 to automatic segment</source>
        <translation>Devolver %1 al segmento automático</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesDialog</name>
    <message>
        <source>Segmentation Rules</source>
        <translation>Reglas de segmentación</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesEditor</name>
    <message>
        <source>By share of the book, ranked by ARR</source>
        <translation>Por proporción de la cartera, ordenada por ARR</translation>
    </message>
    <message>
        <source>By ARR thresholds</source>
        <translation>Por umbrales de ARR</translation>
    </message>
    <message>
        <source>High-touch share</source>
        <translation>Proporción high-touch</translation>
    </message>
    <message>
        <source>Mid-touch share</source>
        <translation>Proporción mid-touch</translation>
    </message>
    <message>
        <source>High-touch minimum ARR</source>
        <translation>ARR mínimo high-touch</translation>
    </message>
    <message>
        <source>Mid-touch minimum ARR</source>
        <translation>ARR mínimo mid-touch</translation>
    </message>
    <message>
        <source>High-touch: top</source>
        <translation>High-touch: el primer</translation>
    </message>
    <message>
        <source>Mid-touch: next</source>
        <translation>Mid-touch: el siguiente</translation>
    </message>
    <message>
        <source>Tech-touch: the rest.</source>
        <translation>Tech-touch: el resto.</translation>
    </message>
    <message>
        <source>High-touch from ARR</source>
        <translation>High-touch desde un ARR de</translation>
    </message>
    <message>
        <source>Mid-touch from ARR</source>
        <translation>Mid-touch desde un ARR de</translation>
    </message>
    <message>
        <source>Accounts with a segment set by hand keep it.</source>
        <translation>Las cuentas con un segmento fijado a mano lo conservan.</translation>
    </message>
</context>
<context>
    <name>csm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Settings of the app, whichever book is open.</source>
        <translation>Configuración de la aplicación, sea cual sea la cartera abierta.</translation>
    </message>
    <message>
        <source>CRM Connections</source>
        <translation>Conexiones CRM</translation>
    </message>
    <message>
        <source>The CRMs this book syncs with: where each one is, and when it last synced.</source>
        <translation>Los CRM con los que se sincroniza esta cartera: dónde está cada uno y cuándo se sincronizó por última vez.</translation>
    </message>
    <message>
        <source>Open a book to edit its segment rules: each book keeps its own.</source>
        <translation>Abra una cartera para editar sus reglas de segmentación: cada cartera tiene las suyas.</translation>
    </message>
    <message>
        <source>Open a book to edit its health model and bands: each book keeps its own.</source>
        <translation>Abra una cartera para editar su modelo de salud y sus bandas: cada cartera tiene los suyos.</translation>
    </message>
    <message>
        <source>Open a book to see and edit its CRM connections: each book keeps its own.</source>
        <translation>Abra una cartera para ver y editar sus conexiones CRM: cada cartera tiene las suyas.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its segment rules are shown but cannot be changed.</source>
        <translation>Esta cartera está abierta en solo lectura (es la cartera de un miembro del equipo): sus reglas de segmentación se muestran, pero no se pueden cambiar.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its health model is shown but cannot be changed.</source>
        <translation>Esta cartera está abierta en solo lectura (es la cartera de un miembro del equipo): su modelo de salud se muestra, pero no se puede cambiar.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its CRM connections are shown but cannot be changed.</source>
        <translation>Esta cartera está abierta en solo lectura (es la cartera de un miembro del equipo): sus conexiones CRM se muestran, pero no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>How the accounts of this book are split into high-, mid- and tech-touch. Saving recomputes every segment not set by hand.</source>
        <translation>Cómo se reparten las cuentas de esta cartera entre high-touch, mid-touch y tech-touch. Al guardar se recalculan todos los segmentos no fijados a mano.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>The measures, weights and bands that score this book&apos;s accounts, with the effect of a change before it is saved. Saving rescores every account.</source>
        <translation>Las medidas, los pesos y las bandas con que se puntúan las cuentas de esta cartera, con el efecto de un cambio antes de guardarlo. Al guardar se vuelven a puntuar todas las cuentas.</translation>
    </message>
    <message>
        <source>The book was closed.</source>
        <translation>La cartera se ha cerrado.</translation>
    </message>
    <message>
        <source>The book is busy with another task (see the status bar); press OK again when it has finished.</source>
        <translation>La cartera está ocupada con otra tarea (vea la barra de estado); pulse Aceptar de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Copy the book</source>
        <translation>Copiar la cartera</translation>
    </message>
    <message>
        <source>Copied the book to %1; it opens there the next time CSM Workbench starts.</source>
        <translation>Cartera copiada en %1; se abrirá allí la próxima vez que se inicie CSM Workbench.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed segment</source>
        <translation>
            <numerusform>%n cuenta cambió de segmento</numerusform>
            <numerusform>%n cuentas cambiaron de segmento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed health band</source>
        <translation>
            <numerusform>%n cuenta cambió de banda de salud</numerusform>
            <numerusform>%n cuentas cambiaron de banda de salud</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved: %1.</source>
        <translation>Configuración guardada: %1.</translation>
    </message>
</context>
<context>
    <name>csm::SettingsPage</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>csm::SyncController</name>
    <message>
        <source>C&amp;RM</source>
        <translation>C&amp;RM</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Pull what changed in the CRM and write back what changed here</source>
        <translation>Traer lo que ha cambiado en el CRM y escribir en él lo que ha cambiado aquí</translation>
    </message>
    <message>
        <source>&amp;Connections and Sync Log…</source>
        <translation>&amp;Conexiones y registro de sincronización…</translation>
    </message>
    <message>
        <source>Review C&amp;onflicts…</source>
        <translation>Revisar c&amp;onflictos…</translation>
    </message>
    <message>
        <source>Show &amp;My Accounts Only</source>
        <translation>Mostrar solo &amp;mis cuentas</translation>
    </message>
    <message>
        <source>Choose Who I &amp;Am…</source>
        <translation>Elegir &amp;quién soy…</translation>
    </message>
    <message>
        <source>My Accounts</source>
        <translation>Mis cuentas</translation>
    </message>
    <message>
        <source>Which owner are you?</source>
        <translation>¿Qué propietario es usted?</translation>
    </message>
</context>
<context>
    <name>csm::SyncDialog</name>
    <message>
        <source>Owners</source>
        <translation>Propietarios</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>CRM Sync</source>
        <translation>Sincronización CRM</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onexión:</translation>
    </message>
    <message>
        <source>CRM connection</source>
        <translation>Conexión CRM</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>Sincronizados: %1</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Sincronizaciones</translation>
    </message>
    <message>
        <source>Records skipped by the run</source>
        <translation>Registros omitidos en la sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;Log</source>
        <translation>Re&amp;gistro de sincronización</translation>
    </message>
    <message>
        <source>Fields the CRM owns that were edited here. They are written to the CRM by the next sync, unless the CRM changed them too: then choose which value stays.</source>
        <translation>Campos del CRM que se han editado aquí. La próxima sincronización los escribe en el CRM, salvo que el CRM también los haya cambiado: entonces elija qué valor se queda.</translation>
    </message>
    <message>
        <source>Edits and conflicts</source>
        <translation>Ediciones y conflictos</translation>
    </message>
    <message>
        <source>&amp;Keep Your Value</source>
        <translation>&amp;Mantener su valor</translation>
    </message>
    <message>
        <source>The next sync writes your value to the CRM</source>
        <translation>La próxima sincronización escribe su valor en el CRM</translation>
    </message>
    <message>
        <source>&amp;Take the CRM&apos;s Value</source>
        <translation>&amp;Tomar el valor del CRM</translation>
    </message>
    <message>
        <source>Your value is replaced by the CRM&apos;s</source>
        <translation>Su valor se sustituye por el del CRM</translation>
    </message>
    <message>
        <source>&amp;Go to Account</source>
        <translation>&amp;Ir a la cuenta</translation>
    </message>
    <message>
        <source>&amp;Conflicts and Edits</source>
        <translation>&amp;Conflictos y ediciones</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1) and Edits</source>
        <translation>&amp;Conflictos (%1) y ediciones</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n registro omitido:</numerusform>
            <numerusform>%n registros omitidos:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Withdraw Your Edit</source>
        <translation>&amp;Retirar su edición</translation>
    </message>
    <message>
        <source>Add a CRM connection first.</source>
        <translation>Añada antes una conexión CRM.</translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not installed.</source>
        <translation>El conector &apos;%1&apos; no está instalado.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Leyendo el token del llavero…</translation>
    </message>
    <message>
        <source>No token is stored for %1: edit the connection to enter it.</source>
        <translation>No hay ningún token guardado para %1: edite la conexión para introducirlo.</translation>
    </message>
    <message>
        <source>The book is busy; sync when the current work is done.</source>
        <translation>La cartera está ocupada; sincronice cuando termine el trabajo en curso.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
    <message>
        <source>Synced: %1 created, %2 updated, %3 deleted, %4 skipped, %5 written back, %6 conflicts.</source>
        <translation>Sincronizado: %1 creados, %2 actualizados, %3 eliminados, %4 omitidos, %5 escritos en el CRM, %6 conflictos.</translation>
    </message>
    <message>
        <source>Cancelling after the page being stored…</source>
        <translation>Cancelando tras la página que se está guardando…</translation>
    </message>
    <message>
        <source>CRM Connection</source>
        <translation>Conexión CRM</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection %1, its sync log and its token? The accounts it brought stay in the book.</source>
        <translation>¿Quitar la conexión %1, su registro de sincronización y su token? Las cuentas que trajo se quedan en la cartera.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Your value stays; the next sync writes it to the CRM.</source>
        <translation>Su valor se queda; la próxima sincronización lo escribe en el CRM.</translation>
    </message>
    <message>
        <source>The CRM&apos;s value is back.</source>
        <translation>Se ha recuperado el valor del CRM.</translation>
    </message>
</context>
<context>
    <name>csm::SyncEngine</name>
    <message>
        <source>Cancelled; every page applied so far is kept and the next sync goes on from there.</source>
        <translation>Cancelado; se conservan todas las páginas aplicadas hasta ahora y la próxima sincronización sigue desde ahí.</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1 (al leer %2)</translation>
    </message>
    <message>
        <source>Could not store a page of %1: %2</source>
        <translation>No se ha podido guardar una página de %1: %2</translation>
    </message>
    <message>
        <source>Could not apply the records that waited for their company: %1</source>
        <translation>No se han podido aplicar los registros que esperaban a su empresa: %1</translation>
    </message>
    <message>
        <source>Synced, but the segments could not be recomputed: %1</source>
        <translation>Sincronizado, pero no se han podido recalcular los segmentos: %1</translation>
    </message>
    <message>
        <source>Cancelled while writing back; every change pulled is kept, and what was not written yet is written by the next sync.</source>
        <translation>Cancelado durante la escritura en el CRM; se conservan todos los cambios traídos, y lo que aún no se escribió lo escribe la próxima sincronización.</translation>
    </message>
    <message>
        <source>Pulled every change, but writing back failed: %1</source>
        <translation>Se han traído todos los cambios, pero la escritura en el CRM ha fallado: %1</translation>
    </message>
    <message>
        <source>could not read the book&apos;s CRM ids: %1</source>
        <translation>no se han podido leer los ids del CRM de la cartera: %1</translation>
    </message>
    <message>
        <source>company %1: %2</source>
        <translation>empresa %1: %2</translation>
    </message>
    <message>
        <source>not associated with a company</source>
        <translation>no está asociado a ninguna empresa</translation>
    </message>
    <message>
        <source>its company %1 is not in the book yet; kept, and applied when the company arrives</source>
        <translation>su empresa %1 aún no está en la cartera; se conserva y se aplica cuando llegue la empresa</translation>
    </message>
    <message>
        <source>contact %1: %2</source>
        <translation>contacto %1: %2</translation>
    </message>
    <message>
        <source>deal %1: %2</source>
        <translation>oportunidad %1: %2</translation>
    </message>
    <message>
        <source>the owner &apos;%1&apos; is not a user of the CRM; the edit waits</source>
        <translation>el propietario &apos;%1&apos; no es un usuario del CRM; la edición queda a la espera</translation>
    </message>
    <message>
        <source>cancelled while writing back; what was written is remembered</source>
        <translation>cancelado durante la escritura en el CRM; lo ya escrito queda registrado</translation>
    </message>
    <message>
        <source>Could not store the last pages read: %1</source>
        <translation>No se pudieron guardar las últimas páginas leídas: %1</translation>
    </message>
</context>
<context>
    <name>csm::SyncIssuesModel</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>Id del CRM</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Por qué se omitió</translation>
    </message>
</context>
<context>
    <name>csm::SyncJob</name>
    <message>
        <source>Syncing %1</source>
        <translation>Sincronizando %1</translation>
    </message>
    <message>
        <source>The book was closed during the sync; every page stored is kept.</source>
        <translation>La cartera se cerró durante la sincronización; se conservan todas las páginas guardadas.</translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not installed</source>
        <translation>El conector &apos;%1&apos; no está instalado</translation>
    </message>
    <message>
        <source>Synced %1: %2 created, %3 updated, %4 deleted, %5 skipped, %6 written back, %7 conflicts</source>
        <translation>Sincronizado %1: %2 creados, %3 actualizados, %4 eliminados, %5 omitidos, %6 escritos en el CRM, %7 conflictos</translation>
    </message>
</context>
<context>
    <name>csm::SyncRunsModel</name>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>En curso o interrumpida</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Written back</source>
        <translation>Escritos en CRM</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>csm::TeamBooksModel</name>
    <message>
        <source>Not opened</source>
        <translation>No abierta</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>csm::TicketTrendChart</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Support tickets opened per month by priority</source>
        <translation>Tickets de soporte abiertos al mes por prioridad</translation>
    </message>
    <message>
        <source>No tickets in the last six months</source>
        <translation>No hay tickets en los últimos seis meses</translation>
    </message>
</context>
<context>
    <name>csm::TimelineView</name>
    <message>
        <source>Account timeline</source>
        <translation>Cronología de la cuenta</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Entradas de la cronología</translation>
    </message>
</context>
<context>
    <name>csm::TodayModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Playbook: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Reunión: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>csm::TodayView</name>
    <message>
        <source>&amp;Open Account</source>
        <translation>&amp;Abrir cuenta</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Para hoy y vencidos</translation>
    </message>
    <message>
        <source>And the next 7 days</source>
        <translation>Y los próximos 7 días</translation>
    </message>
    <message>
        <source>And the next 30 days</source>
        <translation>Y los próximos 30 días</translation>
    </message>
    <message>
        <source>How far ahead</source>
        <translation>Hasta cuándo</translation>
    </message>
    <message>
        <source>Due and overdue work</source>
        <translation>Trabajo pendiente y vencido</translation>
    </message>
    <message>
        <source>Mark the selected item done (Ctrl+D); Edit ▸ Undo takes it back</source>
        <translation>Marca como hecho el elemento seleccionado (Ctrl+D); Edición ▸ Deshacer lo revierte</translation>
    </message>
    <message>
        <source>Could not read what is due: %1</source>
        <translation>No se ha podido leer lo que vence: %1</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>No hay ninguna cartera abierta.</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>Nada pendiente. Buen trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n elemento pendiente</numerusform>
            <numerusform>%n elementos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::UsageChart</name>
    <message>
        <source>Usage trend: active users and licensed seats</source>
        <translation>Tendencia de uso: usuarios activos y licencias contratadas</translation>
    </message>
    <message>
        <source>No usage recorded</source>
        <translation>No hay uso registrado</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Licencias contratadas</translation>
    </message>
    <message>
        <source>Week of %1: %2 active of %3 seats</source>
        <translation>Semana del %1: %2 activas de %3 licencias</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the time axis: day and short month</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>csm::UserGuideDialog</name>
    <message>
        <source>CSM Workbench User Guide</source>
        <translation>Guía del usuario de CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for customer success managers.</source>
        <translation>Un banco de trabajo para customer success managers.</translation>
    </message>
    <message>
        <source>Open the book at &lt;path&gt;.</source>
        <translation>Abrir la cartera que está en &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Do not offer the demo book.</source>
        <translation>No ofrecer la cartera de demostración.</translation>
    </message>
    <message>
        <source>CSM Workbench</source>
        <translation>CSM Workbench</translation>
    </message>
    <message>
        <source>Could not open the book:
%1</source>
        <translation>No se ha podido abrir la cartera:
%1</translation>
    </message>
    <message>
        <source>Show the app in &lt;language&gt; (%1) for this run; Edit ▸ Settings keeps a choice.</source>
        <translation>Mostrar la aplicación en &lt;language&gt; (%1) en esta ejecución; Edición ▸ Configuración guarda una elección.</translation>
    </message>
    <message>
        <source>There is no translation into &apos;%1&apos;; choose one of %2.</source>
        <translation>No hay traducción a &apos;%1&apos;; elija una de %2.</translation>
    </message>
    <message>
        <source>Could not open the book chosen in Settings:
%1

The book in the app&apos;s own folder opens instead.</source>
        <translation>No se ha podido abrir la cartera elegida en Configuración:
%1

En su lugar se abre la cartera de la carpeta propia de la aplicación.</translation>
    </message>
</context>
</TS>
