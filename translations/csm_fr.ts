<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>impossible de lancer l’import&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the book already has %n account(s); demo data goes into an empty book</source>
        <translation>
            <numerusform>le portefeuille contient déjà %n compte&#xa0;; les données de démo vont dans un portefeuille vide</numerusform>
            <numerusform>le portefeuille contient déjà %n comptes&#xa0;; les données de démo vont dans un portefeuille vide</numerusform>
        </translation>
    </message>
    <message>
        <source>a demo book has 1 to %1 accounts, not %2</source>
        <translation>un portefeuille de démo compte de 1 à %1 comptes, pas %2</translation>
    </message>
    <message>
        <source>cannot start writing the demo book: %1</source>
        <translation>impossible de commencer l’écriture du portefeuille de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>segment shares must be between 0% and 100% and add up to at most 100%</source>
        <translation>les parts des segments doivent être comprises entre 0&#xa0;% et 100&#xa0;% et totaliser au plus 100&#xa0;%</translation>
    </message>
    <message>
        <source>ARR thresholds cannot be negative</source>
        <translation>les seuils d’ARR ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>the mid-touch threshold must not be above the high-touch threshold</source>
        <translation>le seuil mid-touch ne doit pas dépasser le seuil high-touch</translation>
    </message>
    <message>
        <source>segmentation rules are not valid JSON: %1</source>
        <translation>les règles de segmentation ne sont pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown segmentation mode &apos;%1&apos;</source>
        <translation>mode de segmentation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot start recomputing segments: %1</source>
        <translation>impossible de lancer le recalcul des segments&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read accounts for segmentation</source>
        <translation>impossible de lire les comptes pour la segmentation</translation>
    </message>
    <message>
        <source>cannot read account</source>
        <translation>impossible de lire le compte</translation>
    </message>
    <message>
        <source>cannot read accounts</source>
        <translation>impossible de lire les comptes</translation>
    </message>
    <message>
        <source>cannot count accounts</source>
        <translation>impossible de compter les comptes</translation>
    </message>
    <message>
        <source>cannot add account %1</source>
        <translation>impossible d’ajouter le compte %1</translation>
    </message>
    <message>
        <source>cannot save account %1</source>
        <translation>impossible d’enregistrer le compte %1</translation>
    </message>
    <message>
        <source>cannot change the segment</source>
        <translation>impossible de changer le segment</translation>
    </message>
    <message>
        <source>cannot write segments</source>
        <translation>impossible d’écrire les segments</translation>
    </message>
    <message>
        <source>cannot read usage</source>
        <translation>impossible de lire l’usage</translation>
    </message>
    <message>
        <source>cannot record usage</source>
        <translation>impossible d’enregistrer l’usage</translation>
    </message>
    <message>
        <source>cannot read survey responses</source>
        <translation>impossible de lire les réponses aux enquêtes</translation>
    </message>
    <message>
        <source>cannot record the survey response</source>
        <translation>impossible d’enregistrer la réponse à l’enquête</translation>
    </message>
    <message>
        <source>cannot read tickets</source>
        <translation>impossible de lire les tickets</translation>
    </message>
    <message>
        <source>cannot record the ticket</source>
        <translation>impossible d’enregistrer le ticket</translation>
    </message>
    <message>
        <source>cannot read the book</source>
        <translation>impossible de lire le portefeuille</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot read account %1</source>
        <translation>impossible de lire le compte %1</translation>
    </message>
    <message>
        <source>cannot read setting %1</source>
        <translation>impossible de lire le paramètre %1</translation>
    </message>
    <message>
        <source>cannot save setting %1</source>
        <translation>impossible d’enregistrer le paramètre %1</translation>
    </message>
    <message>
        <source>cannot read contacts</source>
        <translation>impossible de lire les contacts</translation>
    </message>
    <message>
        <source>cannot add contact %1</source>
        <translation>impossible d’ajouter le contact %1</translation>
    </message>
    <message>
        <source>cannot record the touch</source>
        <translation>impossible d’enregistrer l’interaction</translation>
    </message>
    <message>
        <source>%1: no such book file</source>
        <translation>%1&#xa0;: fichier de portefeuille introuvable</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1&#xa0;: ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1: cannot create folder %2</source>
        <translation>%1&#xa0;: impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1&#xa0;: impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1: not a book file</source>
        <translation>%1&#xa0;: ce n’est pas un fichier de portefeuille</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation>%1&#xa0;: impossible de passer en journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>%1: book schema is version %2, this app needs %3</source>
        <translation>%1&#xa0;: le schéma du portefeuille est en version %2, cette application requiert la version %3</translation>
    </message>
    <message>
        <source>the book was written by a newer version of CSM Workbench (schema %1; this version knows up to %2). It was not opened or changed.</source>
        <translation>le portefeuille a été écrit par une version plus récente de CSM Workbench (schéma %1&#xa0;; cette version connaît jusqu’au schéma %2). Il n’a été ni ouvert ni modifié.</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>impossible de lire le schéma</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it holds other tables)</source>
        <translation>ce n’est pas un portefeuille CSM Workbench (il contient d’autres tables)</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (no schema version)</source>
        <translation>ce n’est pas un portefeuille CSM Workbench (aucune version de schéma)</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>impossible de lancer la mise à niveau du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>migration %1 manquante</translation>
    </message>
    <message>
        <source>migration %1 failed</source>
        <translation>échec de la migration %1</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>impossible d’enregistrer la version du schéma</translation>
    </message>
    <message>
        <source>no transaction to commit: %1</source>
        <translation>aucune transaction à valider&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save the changes</source>
        <translation>impossible d’enregistrer les modifications</translation>
    </message>
    <message>
        <source>cannot read the demo accounts</source>
        <translation>impossible de lire les comptes de démo</translation>
    </message>
    <message>
        <source>Account CSM</source>
        <translation>CSM du compte</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revue d’affaires trimestrielle</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reviewed progress against the success plan with &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Usage and adoption since the last review&lt;/li&gt;&lt;li&gt;Open support topics&lt;/li&gt;&lt;li&gt;Plans for the next quarter&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Point sur l’avancement du plan de succès avec &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Usage et adoption depuis la dernière revue&lt;/li&gt;&lt;li&gt;Sujets de support ouverts&lt;/li&gt;&lt;li&gt;Projets pour le prochain trimestre&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>&lt;p&gt;Regular check-in. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Point de suivi régulier. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer raised concerns about adoption.</source>
        <translation>Le client a exprimé des inquiétudes sur l’adoption.</translation>
    </message>
    <message>
        <source>Things are going well; no blockers.</source>
        <translation>Tout se passe bien&#xa0;; aucun point bloquant.</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>cannot write the demo notes: %1</source>
        <translation>impossible d’écrire les notes de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>cannot start the demo playbooks: %1</source>
        <translation>impossible de lancer les playbooks de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>cannot start the demo book: %1</source>
        <translation>impossible de lancer le portefeuille de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>health band thresholds must lie between 0 and 100</source>
        <translation>les seuils des zones de santé doivent être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>the green band must start at or above the amber band (%1 &lt; %2)</source>
        <translation>la zone verte doit commencer au niveau de la zone orange ou au-dessus (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>health bands</source>
        <translation>zones de santé</translation>
    </message>
    <message>
        <source>cannot read accounts and usage for health</source>
        <translation>impossible de lire les comptes et l’usage pour la santé</translation>
    </message>
    <message>
        <source>cannot read NPS for health</source>
        <translation>impossible de lire le NPS pour la santé</translation>
    </message>
    <message>
        <source>cannot read tickets for health</source>
        <translation>impossible de lire les tickets pour la santé</translation>
    </message>
    <message>
        <source>cannot read contacts for health</source>
        <translation>impossible de lire les contacts pour la santé</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être %3</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1&#xa0;: JSON non valide à la position %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1&#xa0;: objet JSON attendu</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a health model needs a key</source>
        <translation>un modèle de santé a besoin d’une clé</translation>
    </message>
    <message>
        <source>health model %1: group &quot;%2&quot; has no measures</source>
        <translation>modèle de santé %1&#xa0;: le groupe «&#xa0;%2&#xa0;» n’a aucune mesure</translation>
    </message>
    <message>
        <source>health model %1: a measure in group &quot;%2&quot; has no key</source>
        <translation>modèle de santé %1&#xa0;: une mesure du groupe «&#xa0;%2&#xa0;» n’a pas de clé</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot; appears twice</source>
        <translation>modèle de santé %1&#xa0;: la mesure «&#xa0;%2&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot; needs a positive weight</source>
        <translation>modèle de santé %1&#xa0;: la mesure «&#xa0;%2&#xa0;» doit avoir un poids positif</translation>
    </message>
    <message>
        <source>health model %1: measure &quot;%2&quot;: %3</source>
        <translation>modèle de santé %1&#xa0;: mesure «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>health model %1 has no measures</source>
        <translation>le modèle de santé %1 n’a aucune mesure</translation>
    </message>
    <message>
        <source>health model %1: weights sum to %2, not 100</source>
        <translation>modèle de santé %1&#xa0;: la somme des poids vaut %2, et non 100</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1, groupe %2</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation>%1, mesure %2</translation>
    </message>
    <message>
        <source>%1: unknown signal &quot;%2&quot;</source>
        <translation>%1&#xa0;: signal inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>health model</source>
        <translation>modèle de santé</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Product usage</source>
        <translation>Usage du produit</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>Voix du client</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Délai d’obtention de valeur</translation>
    </message>
    <message>
        <source>Setup and relationship</source>
        <translation>Mise en place et relation</translation>
    </message>
    <message>
        <source>health models</source>
        <translation>modèles de santé</translation>
    </message>
    <message>
        <source>%1: unsupported version %2</source>
        <translation>%1&#xa0;: version %2 non prise en charge</translation>
    </message>
    <message>
        <source>%1: &quot;segments&quot; must be an object</source>
        <translation>%1&#xa0;: &quot;segments&quot; doit être un objet</translation>
    </message>
    <message>
        <source>%1: unknown segment &quot;%2&quot;</source>
        <translation>%1&#xa0;: segment inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: segment &quot;%2&quot; must be an object</source>
        <translation>%1&#xa0;: le segment «&#xa0;%2&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>cannot save the health override</source>
        <translation>impossible d’enregistrer le forçage de santé</translation>
    </message>
    <message>
        <source>cannot clear the health override</source>
        <translation>impossible de lever le forçage de santé</translation>
    </message>
    <message>
        <source>cannot read the health override</source>
        <translation>impossible de lire le forçage de santé</translation>
    </message>
    <message>
        <source>cannot read the health overrides</source>
        <translation>impossible de lire les forçages de santé</translation>
    </message>
    <message>
        <source>a health override needs a reason</source>
        <translation>un forçage de santé nécessite une raison</translation>
    </message>
    <message>
        <source>a health override needs an expiry date</source>
        <translation>un forçage de santé nécessite une date d’expiration</translation>
    </message>
    <message>
        <source>the override&apos;s expiry (%1) is in the past</source>
        <translation>l’expiration du forçage (%1) est dans le passé</translation>
    </message>
    <message>
        <source>a health override sets a band, a score or both</source>
        <translation>un forçage de santé définit une zone, un score ou les deux</translation>
    </message>
    <message>
        <source>a health override cannot set &quot;no score&quot;</source>
        <translation>un forçage de santé ne peut pas définir «&#xa0;sans score&#xa0;»</translation>
    </message>
    <message>
        <source>an override score must lie between 0 and 100</source>
        <translation>un score forcé doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>cannot start saving the override: %1</source>
        <translation>impossible de lancer l’enregistrement du forçage&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start clearing the override: %1</source>
        <translation>impossible de lancer la levée du forçage&#xa0;: %1</translation>
    </message>
    <message>
        <source>account %1 has no health override to clear</source>
        <translation>le compte %1 n’a aucun forçage de santé à lever</translation>
    </message>
    <message>
        <source>recomputing health needs a valid day</source>
        <translation>le recalcul de la santé nécessite un jour valide</translation>
    </message>
    <message>
        <source>cannot start applying the health model: %1</source>
        <translation>impossible de lancer l’application du modèle de santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start recomputing health: %1</source>
        <translation>impossible de lancer le recalcul de la santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>backfilling health needs a valid date range and a positive step</source>
        <translation>le calcul rétroactif de la santé nécessite une plage de dates valide et un pas positif</translation>
    </message>
    <message>
        <source>cannot start backfilling health: %1</source>
        <translation>impossible de lancer le calcul rétroactif de la santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Utilisation des licences</translation>
    </message>
    <message>
        <source>Utilisation trend (30 days)</source>
        <translation>Tendance d’utilisation (30 jours)</translation>
    </message>
    <message>
        <source>Feature adoption</source>
        <translation>Adoption des fonctionnalités</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS trend</source>
        <translation>Tendance NPS</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Escalations (90 days)</source>
        <translation>Escalades (90 jours)</translation>
    </message>
    <message>
        <source>Negative ticket sentiment</source>
        <translation>Sentiment négatif des tickets</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Statut de paiement</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Jours depuis la dernière interaction</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Days since contract start</source>
        <translation>Jours depuis le début du contrat</translation>
    </message>
    <message>
        <source>cannot save the health snapshot</source>
        <translation>impossible d’enregistrer l’instantané de santé</translation>
    </message>
    <message>
        <source>cannot read the latest health snapshots</source>
        <translation>impossible de lire les derniers instantanés de santé</translation>
    </message>
    <message>
        <source>cannot read the health history</source>
        <translation>impossible de lire l’historique de santé</translation>
    </message>
    <message>
        <source>cannot save the health event</source>
        <translation>impossible d’enregistrer l’événement de santé</translation>
    </message>
    <message>
        <source>cannot replace the health events</source>
        <translation>impossible de remplacer les événements de santé</translation>
    </message>
    <message>
        <source>cannot read the health events</source>
        <translation>impossible de lire les événements de santé</translation>
    </message>
    <message>
        <source>a linear rule needs min &lt; max (%1, %2)</source>
        <translation>une règle linéaire nécessite min &lt; max (%1, %2)</translation>
    </message>
    <message>
        <source>higher-is-better thresholds must ascend: poor &lt; concerning &lt; healthy</source>
        <translation>les seuils «&#xa0;plus haut = mieux&#xa0;» doivent croître&#xa0;: faible &lt; préoccupant &lt; sain</translation>
    </message>
    <message>
        <source>lower-is-better thresholds must descend: poor &gt; concerning &gt; healthy</source>
        <translation>les seuils «&#xa0;plus bas = mieux&#xa0;» doivent décroître&#xa0;: faible &gt; préoccupant &gt; sain</translation>
    </message>
    <message>
        <source>%1: unknown direction &quot;%2&quot;</source>
        <translation>%1&#xa0;: direction inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: unknown rule type &quot;%2&quot;</source>
        <translation>%1&#xa0;: type de règle inconnu «&#xa0;%2&#xa0;»</translation>
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
        <translation>Appel d’onboarding</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>cannot save the meeting</source>
        <translation>impossible d’enregistrer la réunion</translation>
    </message>
    <message>
        <source>the meeting %1 no longer exists</source>
        <translation>la réunion %1 n’existe plus</translation>
    </message>
    <message>
        <source>cannot save the attendees</source>
        <translation>impossible d’enregistrer les participants</translation>
    </message>
    <message>
        <source>cannot save the attendee %1</source>
        <translation>impossible d’enregistrer le participant %1</translation>
    </message>
    <message>
        <source>cannot save the objectives</source>
        <translation>impossible d’enregistrer les objectifs</translation>
    </message>
    <message>
        <source>cannot save the objective &quot;%1&quot;</source>
        <translation>impossible d’enregistrer l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot save the action items</source>
        <translation>impossible d’enregistrer les actions</translation>
    </message>
    <message>
        <source>an action item needs a title</source>
        <translation>une action nécessite un titre</translation>
    </message>
    <message>
        <source>cannot save the action item &quot;%1&quot;</source>
        <translation>impossible d’enregistrer l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read the attendees</source>
        <translation>impossible de lire les participants</translation>
    </message>
    <message>
        <source>cannot read the objectives</source>
        <translation>impossible de lire les objectifs</translation>
    </message>
    <message>
        <source>cannot read the action items</source>
        <translation>impossible de lire les actions</translation>
    </message>
    <message>
        <source>cannot delete the meeting</source>
        <translation>impossible de supprimer la réunion</translation>
    </message>
    <message>
        <source>cannot read the meeting</source>
        <translation>impossible de lire la réunion</translation>
    </message>
    <message>
        <source>there is no meeting %1</source>
        <translation>la réunion %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s meetings</source>
        <translation>impossible de lire les réunions du compte</translation>
    </message>
    <message>
        <source>cannot update the action item</source>
        <translation>impossible de mettre à jour l’action</translation>
    </message>
    <message>
        <source>there is no action item %1</source>
        <translation>l’action %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the action item</source>
        <translation>impossible de lire l’action</translation>
    </message>
    <message>
        <source>cannot save the note&apos;s history</source>
        <translation>impossible d’enregistrer l’historique de la note</translation>
    </message>
    <message>
        <source>cannot read the note&apos;s history</source>
        <translation>impossible de lire l’historique de la note</translation>
    </message>
    <message>
        <source>cannot autosave the note</source>
        <translation>impossible d’enregistrer automatiquement la note</translation>
    </message>
    <message>
        <source>cannot read the note&apos;s draft</source>
        <translation>impossible de lire le brouillon de la note</translation>
    </message>
    <message>
        <source>cannot discard the note&apos;s draft</source>
        <translation>impossible de supprimer le brouillon de la note</translation>
    </message>
    <message>
        <source>cannot read the drafts</source>
        <translation>impossible de lire les brouillons</translation>
    </message>
    <message>
        <source>cannot search the notes for &quot;%1&quot;</source>
        <translation>impossible de rechercher «&#xa0;%1&#xa0;» dans les notes</translation>
    </message>
    <message>
        <source>a meeting needs a date</source>
        <translation>une réunion nécessite une date</translation>
    </message>
    <message>
        <source>cannot save the meeting: %1</source>
        <translation>impossible d’enregistrer la réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>carried to %1</source>
        <translation>reportée à %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Commercial (AE)</translation>
    </message>
    <message>
        <source>Onboarding engineer</source>
        <translation>Ingénieur onboarding</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Started by hand</source>
        <translation>Démarré manuellement</translation>
    </message>
    <message numerus="yes">
        <source>When health enters red (within %n day(s))</source>
        <translation>
            <numerusform>Quand la santé passe au rouge (sous %n jour)</numerusform>
            <numerusform>Quand la santé passe au rouge (sous %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before renewal</source>
        <translation>
            <numerusform>%n jour avant le renouvellement</numerusform>
            <numerusform>%n jours avant le renouvellement</numerusform>
        </translation>
    </message>
    <message>
        <source>When the lifecycle stage becomes %1</source>
        <translation>Quand la phase du cycle de vie devient %1</translation>
    </message>
    <message numerus="yes">
        <source>On an NPS detractor answer (within %n day(s))</source>
        <translation>
            <numerusform>Sur une réponse NPS détractrice (sous %n jour)</numerusform>
            <numerusform>Sur une réponse NPS détractrice (sous %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s) without a touch</source>
        <translation>
            <numerusform>Après %n jour sans interaction</numerusform>
            <numerusform>Après %n jours sans interaction</numerusform>
        </translation>
    </message>
    <message>
        <source>When active users fall %1% over 30 days</source>
        <translation>Quand les utilisateurs actifs baissent de %1&#xa0;% sur 30 jours</translation>
    </message>
    <message>
        <source>the rule&apos;s window must be 1 to 3650 days, not %1</source>
        <translation>la fenêtre de la règle doit être de 1 à 3650 jours, pas %1</translation>
    </message>
    <message>
        <source>the usage drop must be more than 0 and at most 100%, not %1</source>
        <translation>la baisse d’usage doit être supérieure à 0 et d’au plus 100&#xa0;%, pas %1</translation>
    </message>
    <message>
        <source>playbook rule: %1</source>
        <translation>règle de playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>playbook rule: unknown kind &quot;%1&quot;</source>
        <translation>règle de playbook&#xa0;: type «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>playbook rule: unknown lifecycle stage &quot;%1&quot;</source>
        <translation>règle de playbook&#xa0;: phase du cycle de vie «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>playbook rule: unknown segment &quot;%1&quot;</source>
        <translation>règle de playbook&#xa0;: segment «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>a playbook needs a name</source>
        <translation>un playbook a besoin d’un nom</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot; needs at least one step</source>
        <translation>le playbook «&#xa0;%1&#xa0;» doit avoir au moins une étape</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: step %2 needs a title</source>
        <translation>playbook «&#xa0;%1&#xa0;»&#xa0;: l’étape %2 a besoin d’un titre</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: step %2 cannot be due before the run starts</source>
        <translation>playbook «&#xa0;%1&#xa0;»&#xa0;: l’étape %2 ne peut pas être due avant le démarrage de l’exécution</translation>
    </message>
    <message>
        <source>playbook &quot;%1&quot;: %2</source>
        <translation>playbook «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the playbooks</source>
        <translation>impossible de lire les playbooks</translation>
    </message>
    <message>
        <source>cannot read the playbook</source>
        <translation>impossible de lire le playbook</translation>
    </message>
    <message>
        <source>there is no playbook %1</source>
        <translation>le playbook %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the steps of playbook &quot;%1&quot;</source>
        <translation>impossible de lire les étapes du playbook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no playbook &quot;%1&quot;</source>
        <translation>le playbook «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>cannot save playbook &quot;%1&quot;</source>
        <translation>impossible d’enregistrer le playbook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot save the steps of playbook &quot;%1&quot;</source>
        <translation>impossible d’enregistrer les étapes du playbook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot save step &quot;%1&quot;</source>
        <translation>impossible d’enregistrer l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot delete the playbook</source>
        <translation>impossible de supprimer le playbook</translation>
    </message>
    <message>
        <source>cannot start playbook &quot;%1&quot;</source>
        <translation>impossible de démarrer le playbook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read the playbook&apos;s steps</source>
        <translation>impossible de lire les étapes du playbook</translation>
    </message>
    <message>
        <source>cannot read the playbook run</source>
        <translation>impossible de lire l’exécution du playbook</translation>
    </message>
    <message>
        <source>there is no playbook run %1</source>
        <translation>l’exécution de playbook %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s playbooks</source>
        <translation>impossible de lire les playbooks du compte</translation>
    </message>
    <message>
        <source>cannot read the step</source>
        <translation>impossible de lire l’étape</translation>
    </message>
    <message>
        <source>there is no playbook step %1</source>
        <translation>l’étape de playbook %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot update step &quot;%1&quot;</source>
        <translation>impossible de mettre à jour l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot update playbook &quot;%1&quot;</source>
        <translation>impossible de mettre à jour le playbook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot evaluate the rule &quot;%1&quot;</source>
        <translation>impossible d’évaluer la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Health entered red on %1</source>
        <translation>Santé passée au rouge le %1</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, within %n day(s)</source>
        <translation>
            <numerusform>Renouvellement le %1, sous %n jour</numerusform>
            <numerusform>Renouvellement le %1, sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle stage is %1</source>
        <translation>La phase du cycle de vie est %1</translation>
    </message>
    <message>
        <source>NPS detractor answer (%1) on %2</source>
        <translation>Réponse NPS détractrice (%1) le %2</translation>
    </message>
    <message>
        <source>No touch since %1</source>
        <translation>Aucune interaction depuis le %1</translation>
    </message>
    <message>
        <source>Active users fell %1% over 30 days</source>
        <translation>Les utilisateurs actifs ont baissé de %1&#xa0;% sur 30 jours</translation>
    </message>
    <message>
        <source>cannot evaluate the playbook rules: %1</source>
        <translation>impossible d’évaluer les règles de playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the accounts&apos; segments</source>
        <translation>impossible de lire les segments des comptes</translation>
    </message>
    <message>
        <source>cannot read the runs of &quot;%1&quot;</source>
        <translation>impossible de lire les exécutions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already running for this account</source>
        <translation>«&#xa0;%1&#xa0;» est déjà en cours pour ce compte</translation>
    </message>
    <message>
        <source>cannot start the playbook: %1</source>
        <translation>impossible de démarrer le playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; its steps can no longer change</source>
        <translation>«&#xa0;%1&#xa0;» est %2&#xa0;; ses étapes ne peuvent plus changer</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is already %2</source>
        <translation>l’étape «&#xa0;%1&#xa0;» a déjà le statut %2</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is %2; reopen it first</source>
        <translation>l’étape «&#xa0;%1&#xa0;» a le statut %2&#xa0;; rouvrez-la d’abord</translation>
    </message>
    <message>
        <source>skipping step &quot;%1&quot; needs a reason</source>
        <translation>ignorer l’étape «&#xa0;%1&#xa0;» nécessite une raison</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà %2</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n open step(s); check or skip them first</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n étape ouverte&#xa0;; cochez-la ou ignorez-la d’abord</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n étapes ouvertes&#xa0;; cochez-les ou ignorez-les d’abord</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by %1</source>
        <translation>terminé par %1</translation>
    </message>
    <message>
        <source>cancelling &quot;%1&quot; needs a reason</source>
        <translation>l’annulation de «&#xa0;%1&#xa0;» nécessite une raison</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no CRM connection with id %1</source>
        <translation>aucune connexion CRM n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no sync run with id %1</source>
        <translation>aucune synchronisation n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>CRM changes</source>
        <translation>Modifications CRM</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s timeline</source>
        <translation>impossible de lire la chronologie du compte</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Playbook started: %1</source>
        <translation>Playbook démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playbook completed: %1</source>
        <translation>Playbook terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playbook cancelled: %1</source>
        <translation>Playbook annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step skipped: %1</source>
        <translation>Étape ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Étape terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Health entered red</source>
        <translation>Santé passée au rouge</translation>
    </message>
    <message>
        <source>Health left red</source>
        <translation>Santé sortie du rouge</translation>
    </message>
    <message>
        <source>Health band changed</source>
        <translation>Zone de santé modifiée</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Health overridden: %1</source>
        <translation>Santé forcée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (until %2, by %3)</source>
        <translation>%1 (jusqu’au %2, par %3)</translation>
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
        <translation>, escaladé</translation>
    </message>
    <message>
        <source>, closed %1</source>
        <translation>, fermé le %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read what is due</source>
        <translation>impossible de lire les échéances</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not CODE=RATE with a positive rate</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CODE=TAUX avec un taux positif</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open the copy</source>
        <translation>impossible d’ouvrir la copie</translation>
    </message>
    <message>
        <source>cannot prepare the copy</source>
        <translation>impossible de préparer la copie</translation>
    </message>
    <message>
        <source>cannot write the manifest</source>
        <translation>impossible d’écrire le manifeste</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s owners</source>
        <translation>impossible de lire les propriétaires du portefeuille</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s manifest</source>
        <translation>impossible de lire le manifeste du portefeuille</translation>
    </message>
    <message>
        <source>cannot count the book&apos;s accounts</source>
        <translation>impossible de compter les comptes du portefeuille</translation>
    </message>
    <message>
        <source>cannot read the book id</source>
        <translation>impossible de lire l’identifiant du portefeuille</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot copy it to %1 to bring it up to date</source>
        <translation>impossible de le copier dans %1 pour le mettre à jour</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot read archived accounts</source>
        <translation>impossible de lire les comptes archivés</translation>
    </message>
    <message>
        <source>cannot read contract dates</source>
        <translation>impossible de lire les dates de contrat</translation>
    </message>
    <message>
        <source>cannot read overdue playbook steps</source>
        <translation>impossible de lire les étapes de playbook en retard</translation>
    </message>
    <message>
        <source>cannot read QBR dates</source>
        <translation>impossible de lire les dates de QBR</translation>
    </message>
    <message>
        <source>cannot read ARR movements</source>
        <translation>impossible de lire les mouvements d’ARR</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>cannot be read (permissions)</source>
        <translation>illisible (droits d’accès)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a book file (%1)</source>
        <translation>ce n’est pas un fichier de portefeuille (%1)</translation>
    </message>
    <message>
        <source>not a CSM Workbench book (it is empty)</source>
        <translation>ce n’est pas un portefeuille CSM Workbench (il est vide)</translation>
    </message>
    <message>
        <source>cannot write the demo history</source>
        <translation>impossible d’écrire l’historique de démo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de revue</translation>
    </message>
    <message>
        <source>Comment from %1</source>
        <translation>Commentaire de %1</translation>
    </message>
    <message>
        <source>Comment from %1 on a playbook run</source>
        <translation>Commentaire de %1 sur une exécution de playbook</translation>
    </message>
    <message>
        <source>Comment from %1 on playbook run: %2</source>
        <translation>Commentaire de %1 sur l’exécution de playbook&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set the demo owner</source>
        <translation>impossible de définir le propriétaire de démo</translation>
    </message>
    <message>
        <source>a demo team has 1 to %1 CSMs, not %2</source>
        <translation>une équipe de démo compte de 1 à %1 CSM, pas %2</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>cannot write the demo team</source>
        <translation>impossible d’écrire l’équipe de démo</translation>
    </message>
    <message>
        <source>%1 (%2, started %3)</source>
        <translation>%1 (%2, démarré le %3)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans propriétaire</translation>
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
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About CSM Workbench</source>
        <translation>À propos de CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>CSM Workbench %1</source>
        <translation>CSM Workbench %1</translation>
    </message>
    <message>
        <source>A local-first workbench for customer success managers.</source>
        <translation>Un atelier de travail pour les Customer Success Managers, conçu pour fonctionner en local.</translation>
    </message>
    <message>
        <source>It is built on the components listed under Licences, each used under the licence named there.</source>
        <translation>Il repose sur les composants listés sous Licences, chacun utilisé selon la licence qui y est indiquée.</translation>
    </message>
    <message>
        <source>Select a component to read its licence. The texts are part of the app.</source>
        <translation>Sélectionnez un composant pour lire sa licence. Les textes sont inclus dans l’application.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Le texte de la licence est absent de cette compilation.</translation>
    </message>
    <message>
        <source>Qt Core</source>
        <translation>Qt Core</translation>
    </message>
    <message>
        <source>Objects, text, files, settings, threads</source>
        <translation>Objets, texte, fichiers, paramètres, threads</translation>
    </message>
    <message>
        <source>Qt GUI</source>
        <translation>Qt GUI</translation>
    </message>
    <message>
        <source>Painting, fonts, images, the PDF writer</source>
        <translation>Dessin, polices, images, génération de PDF</translation>
    </message>
    <message>
        <source>Qt Widgets</source>
        <translation>Qt Widgets</translation>
    </message>
    <message>
        <source>Windows, dialogs, tables and menus</source>
        <translation>Fenêtres, boîtes de dialogue, tableaux et menus</translation>
    </message>
    <message>
        <source>Qt SQL</source>
        <translation>Qt SQL</translation>
    </message>
    <message>
        <source>The book file, through the SQLite driver</source>
        <translation>Le fichier de portefeuille, via le pilote SQLite</translation>
    </message>
    <message>
        <source>Qt Network</source>
        <translation>Qt Network</translation>
    </message>
    <message>
        <source>Talking to the CRM</source>
        <translation>Communication avec le CRM</translation>
    </message>
    <message>
        <source>Qt Concurrent</source>
        <translation>Qt Concurrent</translation>
    </message>
    <message>
        <source>Work in the background</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>Qt D-Bus</source>
        <translation>Qt D-Bus</translation>
    </message>
    <message>
        <source>Reaching the system keychain and the desktop</source>
        <translation>Accès au trousseau du système et au bureau</translation>
    </message>
    <message>
        <source>Qt OpenGL and OpenGL Widgets</source>
        <translation>Qt OpenGL et OpenGL Widgets</translation>
    </message>
    <message>
        <source>Needed by Qt Charts</source>
        <translation>Requis par Qt Charts</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>Every chart, on screen and in decks</source>
        <translation>Tous les graphiques, à l’écran et dans les présentations</translation>
    </message>
    <message>
        <source>Qt Network Authorization</source>
        <translation>Qt Network Authorization</translation>
    </message>
    <message>
        <source>Signing in to the CRM with the browser (OAuth 2.0)</source>
        <translation>Connexion au CRM via le navigateur (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation>Traductions de Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts (buttons, shortcuts) in German, French and Spanish</source>
        <translation>Textes propres à Qt (boutons, raccourcis) en allemand, français et espagnol</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>The book file</source>
        <translation>Le fichier de portefeuille</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Keeping CRM tokens in the system keychain</source>
        <translation>Conservation des jetons CRM dans le trousseau du système</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Polices DejaVu</translation>
    </message>
    <message>
        <source>The type of QBR decks, embedded in the PDF</source>
        <translation>Police des présentations QBR, incorporée au PDF</translation>
    </message>
    <message>
        <source>WenQuanYi Micro Hei</source>
        <translation>WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <source>Chinese and Japanese names in QBR decks, embedded in the PDF</source>
        <translation>Noms chinois et japonais des présentations QBR, police incorporée au PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2. Used under %3.</source>
        <translation>%1 — %2. Utilisé sous %3.</translation>
    </message>
</context>
<context>
    <name>csm::AccountDetailPane</name>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Dernière interaction</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Customer voice and support</source>
        <translation>Voix du client et support</translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation>Sélectionnez un compte pour voir ses détails.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (défini manuellement)</translation>
    </message>
    <message>
        <source>%1 (by rules)</source>
        <translation>%1 (par règles)</translation>
    </message>
    <message>
        <source>Champion · %1</source>
        <translation>Champion · %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 of %2 seats active (%3%) in the week of %4.</source>
        <translation>%1 licences actives sur %2 (%3&#xa0;%) la semaine du %4.</translation>
    </message>
    <message>
        <source>30-day trend: %1 points.</source>
        <translation>Tendance sur 30 jours&#xa0;: %1 points.</translation>
    </message>
    <message>
        <source>%1 logins in 30 days; %2 of %3 features adopted.</source>
        <translation>%1 connexions en 30 jours&#xa0;; %2 fonctionnalités adoptées sur %3.</translation>
    </message>
    <message>
        <source>No usage recorded.</source>
        <translation>Aucun usage enregistré.</translation>
    </message>
    <message>
        <source>Latest NPS: %1</source>
        <translation>Dernier NPS&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket ouvert</numerusform>
            <numerusform>%n tickets ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in the last year</source>
        <translation>
            <numerusform>%n ticket sur la dernière année</numerusform>
            <numerusform>%n tickets sur la dernière année</numerusform>
        </translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation>Mesures de santé</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>%1 · %2 (model: %3)</source>
        <translation>%1 · %2 (modèle&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Not scored: no health data yet.</source>
        <translation>Sans score&#xa0;: pas encore de données de santé.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 days</source>
        <translation>%1 %2 en %3 jours</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>Override: %1 until %2 — %3</source>
        <translation>Forçage&#xa0;: %1 jusqu’au %2 — %3</translation>
    </message>
    <message>
        <source>Pulling it down most: %1</source>
        <translation>Principal facteur de baisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing inputs (weight spread over the others): %1</source>
        <translation>Données manquantes (poids réparti sur les autres)&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Account overview</source>
        <translation>Vue d’ensemble du compte</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>csm::AccountEditDialog</name>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>These fields belong to %1. Your changes are written back by the next sync; if %1 changed the same field meanwhile, you choose which value stays under CRM ▸ Review Conflicts.</source>
        <translation>Ces champs appartiennent à %1. Vos modifications y sont réécrites à la prochaine synchronisation&#xa0;; si %1 a modifié le même champ entre-temps, vous choisissez la valeur à garder dans CRM ▸ Examiner les conflits.</translation>
    </message>
    <message>
        <source>These fields come from %1, which the app cannot write to. Your changes are kept over the next syncs; if a new export changes the same field, you choose which value stays under CRM ▸ Review Conflicts.</source>
        <translation>Ces champs proviennent de %1, où l’application ne peut pas écrire. Vos modifications sont conservées lors des prochaines synchronisations&#xa0;; si un nouvel export modifie le même champ, vous choisissez la valeur à garder dans CRM ▸ Examiner les conflits.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>&amp;ARR&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Renews on</source>
        <translation>&amp;Renouvellement le</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Pha&amp;se&#xa0;:</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un compte a besoin d’un nom.</translation>
    </message>
</context>
<context>
    <name>csm::AccountFields</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas une date&#xa0;; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; must not be negative</source>
        <translation>l’ARR «&#xa0;%1&#xa0;» ne doit pas être négatif</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>l’ARR «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; has more than 2 decimals</source>
        <translation>l’ARR «&#xa0;%1&#xa0;» a plus de 2 décimales</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is too large</source>
        <translation>l’ARR «&#xa0;%1&#xa0;» est trop grand</translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not a code of 3 capital letters like USD</source>
        <translation>la devise «&#xa0;%1&#xa0;» n’est pas un code de 3 lettres majuscules comme USD</translation>
    </message>
    <message>
        <source>lifecycle_stage &apos;%1&apos; is not one of onboarding, adoption, expansion, renewal, advocacy</source>
        <translation>lifecycle_stage «&#xa0;%1&#xa0;» ne fait pas partie de onboarding, adoption, expansion, renewal, advocacy</translation>
    </message>
    <message>
        <source>segment &apos;%1&apos; is not one of high, mid, tech</source>
        <translation>segment «&#xa0;%1&#xa0;» ne fait pas partie de high, mid, tech</translation>
    </message>
    <message>
        <source>payment_status &apos;%1&apos; is not one of current, late, overdue, failed</source>
        <translation>payment_status «&#xa0;%1&#xa0;» ne fait pas partie de current, late, overdue, failed</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains &apos;,&apos; or &apos;;&apos;</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» contient «&#xa0;,&#xa0;» ou «&#xa0;;&#xa0;»</translation>
    </message>
</context>
<context>
    <name>csm::AccountFilter</name>
    <message>
        <source>filter &apos;%1&apos;: %2</source>
        <translation>filtre «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>segment is high, mid or tech</source>
        <translation>le segment vaut high, mid ou tech</translation>
    </message>
    <message>
        <source>not a lifecycle stage</source>
        <translation>ce n’est pas une phase du cycle de vie</translation>
    </message>
    <message>
        <source>health is red, amber, green or none</source>
        <translation>la santé vaut red, amber, green ou none</translation>
    </message>
    <message>
        <source>renewal takes a number of days</source>
        <translation>renewal attend un nombre de jours</translation>
    </message>
    <message>
        <source>owner needs a name</source>
        <translation>owner exige un nom</translation>
    </message>
    <message>
        <source>known keys are segment, stage, health, renewal and owner</source>
        <translation>les clés connues sont segment, stage, health, renewal et owner</translation>
    </message>
</context>
<context>
    <name>csm::AccountImport</name>
    <message>
        <source>cannot tell the format from the name; use a .csv or .json file</source>
        <translation>impossible de déterminer le format d’après le nom&#xa0;; utilisez un fichier .csv ou .json</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is field %2 again; column %3 already is</source>
        <translation>la colonne «&#xa0;%1&#xa0;» correspond aussi au champ %2, déjà pris par la colonne %3</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>l’en-tête n’a pas de colonne %1</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation>l’octet 0x%1 n’est pas de l’UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>the file contains no accounts</source>
        <translation>le fichier ne contient aucun compte</translation>
    </message>
    <message>
        <source>the file contains no accounts, only a header</source>
        <translation>le fichier ne contient aucun compte, seulement un en-tête</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>cette ligne a %1 champs mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation>un nombre ou du texte</translation>
    </message>
    <message>
        <source>a list of text or text</source>
        <translation>une liste de textes ou du texte</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is field %2 again; key &apos;%3&apos; already is</source>
        <translation>la clé «&#xa0;%1&#xa0;» correspond aussi au champ %2, déjà pris par la clé «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>tags must be a list of text; item %1 is %2</source>
        <translation>les étiquettes doivent être une liste de textes&#xa0;; l’élément %1 est %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 doit être %2, et non %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a list of accounts or an object with an &quot;accounts&quot; list</source>
        <translation>une liste de comptes ou un objet avec une liste &quot;accounts&quot; est attendu</translation>
    </message>
    <message>
        <source>each account must be an object, not %1</source>
        <translation>chaque compte doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>%1 is empty; every account needs one</source>
        <translation>%1 est vide&#xa0;; chaque compte en a besoin</translation>
    </message>
    <message>
        <source>the record has no %1; every account needs one</source>
        <translation>l’enregistrement n’a pas de %1&#xa0;; chaque compte en a besoin</translation>
    </message>
    <message>
        <source>crm_id &apos;%1&apos; is a duplicate; it first appears on line %2</source>
        <translation>crm_id «&#xa0;%1&#xa0;» est en double&#xa0;; il apparaît d’abord à la ligne %2</translation>
    </message>
    <message>
        <source>nothing was imported; problems found in the file: %1</source>
        <translation>rien n’a été importé&#xa0;; problèmes trouvés dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>impossible de lancer l’import&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>csm::AccountTabs</name>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>Play&amp;books</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Chrono&amp;logie</translation>
    </message>
</context>
<context>
    <name>csm::AccountWork</name>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>the note was not saved</source>
        <translation>la note n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the action item did not change</source>
        <translation>l’action n’a pas changé</translation>
    </message>
    <message>
        <source>cannot save the playbook: %1</source>
        <translation>impossible d’enregistrer le playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; its steps can no longer change</source>
        <translation>«&#xa0;%1&#xa0;» est %2&#xa0;; ses étapes ne peuvent plus changer</translation>
    </message>
    <message>
        <source>skipping step &quot;%1&quot; needs a reason</source>
        <translation>ignorer l’étape «&#xa0;%1&#xa0;» nécessite une raison</translation>
    </message>
    <message>
        <source>the step did not change</source>
        <translation>l’étape n’a pas changé</translation>
    </message>
    <message>
        <source>Save note &quot;%1&quot;</source>
        <translation>Enregistrer la note «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check &quot;%1&quot;</source>
        <translation>Cocher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot;</source>
        <translation>Rouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>Cocher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This is a team member&apos;s book, opened read-only: nothing in it can be changed here.</source>
        <translation>Ceci est le portefeuille d’un membre de l’équipe, ouvert en lecture seule&#xa0;: rien ne peut y être modifié ici.</translation>
    </message>
</context>
<context>
    <name>csm::BookFilterBar</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search accounts, domains, owners, tags…</source>
        <translation>Rechercher des comptes, domaines, propriétaires, étiquettes…</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de propriétaire</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les propriétaires</translation>
    </message>
    <message>
        <source>Lifecycle stage filter</source>
        <translation>Filtre de phase du cycle de vie</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Renewal window filter</source>
        <translation>Filtre de fenêtre de renouvellement</translation>
    </message>
    <message>
        <source>Any renewal date</source>
        <translation>Toute date de renouvellement</translation>
    </message>
    <message numerus="yes">
        <source>Renewing in %n day(s)</source>
        <translation>
            <numerusform>Renouvellement sous %n jour</numerusform>
            <numerusform>Renouvellement sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation>Filtre de zone de santé</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are counted but left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR en %1. %n compte dans une devise sans taux de change est compté mais exclu de l&apos;ARR&#xa0;; définissez les taux dans Paramètres, Général.</numerusform>
            <numerusform>ARR en %1. %n comptes dans une devise sans taux de change sont comptés mais exclus de l&apos;ARR&#xa0;; définissez les taux dans Paramètres, Général.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1, converted at the exchange rates in Settings, General.</source>
        <translation>ARR en %1, converti aux taux de change de Paramètres, Général.</translation>
    </message>
</context>
<context>
    <name>csm::BookLocation</name>
    <message>
        <source>Choose a file for the book.</source>
        <translation>Choisissez un fichier pour le portefeuille.</translation>
    </message>
    <message>
        <source>Give the full path of the book file, such as %1.</source>
        <translation>Indiquez le chemin complet du fichier de portefeuille, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>Impossible d’ouvrir %1 en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSM Workbench book.</source>
        <translation>%1 n’est pas un portefeuille CSM Workbench.</translation>
    </message>
    <message>
        <source>The book at %1 opens the next time CSM Workbench starts.</source>
        <translation>Le portefeuille situé à %1 s’ouvrira au prochain démarrage de CSM Workbench.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not accept new files: %2</source>
        <translation>Le dossier %1 n’accepte pas de nouveaux fichiers&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no book at %1 yet: a new, empty book will be created there.</source>
        <translation>Il n’y a pas encore de portefeuille à %1&#xa0;: un nouveau portefeuille vide y sera créé.</translation>
    </message>
    <message>
        <source>The folder %1 will be made.</source>
        <translation>Le dossier %1 sera créé.</translation>
    </message>
    <message>
        <source>%1 exists already; the book was not copied there.</source>
        <translation>%1 existe déjà&#xa0;; le portefeuille n’y a pas été copié.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Copying the book was cancelled.</source>
        <translation>La copie du portefeuille a été annulée.</translation>
    </message>
    <message>
        <source>Cannot copy the book to %1: %2</source>
        <translation>Impossible de copier le portefeuille vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy the book to %1: the file could not be put in place.</source>
        <translation>Impossible de copier le portefeuille vers %1&#xa0;: le fichier n’a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>csm::BookModel</name>
    <message>
        <source>Segment set by hand; recomputing segments keeps it.</source>
        <translation>Segment défini manuellement&#xa0;; le recalcul des segments le conserve.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (manuel)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Days to renewal</source>
        <translation>Jours avant renouvellement</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Dernière interaction</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (forcé)</translation>
    </message>
</context>
<context>
    <name>csm::BookSession</name>
    <message>
        <source>Could not load the book: %1</source>
        <translation>Impossible de charger le portefeuille&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot start while &quot;%2&quot; is running.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas démarrer pendant que «&#xa0;%2&#xa0;» est en cours.</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>Recompute segments</source>
        <translation>Recalculer les segments</translation>
    </message>
    <message numerus="yes">
        <source>Segments recomputed: %n account(s) changed segment.</source>
        <translation>
            <numerusform>Segments recalculés&#xa0;: %n compte a changé de segment.</numerusform>
            <numerusform>Segments recalculés&#xa0;: %n comptes ont changé de segment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate demo book</source>
        <translation>Générer le portefeuille de démo</translation>
    </message>
    <message numerus="yes">
        <source>Demo book created: %n account(s).</source>
        <translation>
            <numerusform>Portefeuille de démo créé&#xa0;: %n compte.</numerusform>
            <numerusform>Portefeuille de démo créé&#xa0;: %n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled; nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation>Recalculer la santé</translation>
    </message>
    <message>
        <source>Health recomputed: %1 scored, %2 without data, %3 changed band, %4 entered red.</source>
        <translation>Santé recalculée&#xa0;: %1 avec score, %2 sans données, %3 ont changé de zone, %4 sont passés au rouge.</translation>
    </message>
    <message>
        <source>Apply health model</source>
        <translation>Appliquer le modèle de santé</translation>
    </message>
    <message>
        <source>Health model applied: %1 scored, %2 changed band, %3 entered red.</source>
        <translation>Modèle de santé appliqué&#xa0;: %1 avec score, %2 ont changé de zone, %3 sont passés au rouge.</translation>
    </message>
    <message>
        <source>Run playbook rules</source>
        <translation>Exécuter les règles de playbooks</translation>
    </message>
    <message numerus="yes">
        <source>Playbook rules ran: %n playbook(s) started.</source>
        <translation>
            <numerusform>Règles de playbooks exécutées&#xa0;: %n playbook démarré.</numerusform>
            <numerusform>Règles de playbooks exécutées&#xa0;: %n playbooks démarrés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::BookTableView</name>
    <message>
        <source>Book of business</source>
        <translation>Portefeuille de comptes</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>Définir le segment</translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation>Automatique (par règles)</translation>
    </message>
</context>
<context>
    <name>csm::ChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>from %1 to %2; lowest %3, highest %4</source>
        <translation>de %1 à %2&#xa0;; minimum %3, maximum %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>csm::ColumnMapping</name>
    <message>
        <source>%1: cannot read the column mapping: %2</source>
        <translation>%1&#xa0;: impossible de lire la correspondance des colonnes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: the column mapping is not valid JSON: %4</source>
        <translation>%1:%2:%3: la correspondance des colonnes n’est pas du JSON valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: the column mapping must be a JSON object like {&quot;Company ID&quot;: &quot;crm_id&quot;}</source>
        <translation>%1&#xa0;: la correspondance des colonnes doit être un objet JSON comme {&quot;Company ID&quot;: &quot;crm_id&quot;}</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; must map to a field key given as a string</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» doit correspondre à une clé de champ donnée sous forme de chaîne</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; maps to &apos;%3&apos;, which is not a field; use one of: %4</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» correspond à «&#xa0;%3&#xa0;», qui n’est pas un champ&#xa0;; utilisez l’une de ces clés&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>csm::CommandPalette</name>
    <message>
        <source>&amp;Go to Account or Command…</source>
        <translation>A&amp;ller à un compte ou une commande…</translation>
    </message>
    <message>
        <source>Go to Account or Command</source>
        <translation>Aller à un compte ou une commande</translation>
    </message>
    <message>
        <source>Jump to an account by name, domain or owner, or run any menu command</source>
        <translation>Accéder à un compte par nom, domaine ou propriétaire, ou exécuter une commande de menu</translation>
    </message>
    <message>
        <source>Account or command</source>
        <translation>Compte ou commande</translation>
    </message>
    <message>
        <source>Go to an account by name, domain or owner; type &gt; for commands</source>
        <translation>Accédez à un compte par nom, domaine ou propriétaire&#xa0;; tapez &gt; pour les commandes</translation>
    </message>
    <message>
        <source>Matching accounts and commands</source>
        <translation>Comptes et commandes correspondants</translation>
    </message>
    <message>
        <source>No account or command matches.</source>
        <translation>Aucun compte ni aucune commande ne correspond.</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionChanges</name>
    <message>
        <source>Cannot change the CRM connections: %1</source>
        <translation>Impossible de modifier les connexions CRM&#xa0;: %1</translation>
    </message>
    <message>
        <source>A CRM connection needs a name.</source>
        <translation>Une connexion CRM a besoin d’un nom.</translation>
    </message>
    <message>
        <source>There is a connection named %1 already; choose another name.</source>
        <translation>Une connexion nommée %1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The connection %1 keeps its name; remove it and add one with the new name instead.</source>
        <translation>La connexion %1 garde son nom&#xa0;; retirez-la et ajoutez-en une avec le nouveau nom.</translation>
    </message>
    <message>
        <source>The connector %1 is not installed.</source>
        <translation>Le connecteur %1 n’est pas installé.</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionDialog</name>
    <message>
        <source>Edit CRM Connection</source>
        <translation>Modifier la connexion CRM</translation>
    </message>
    <message>
        <source>Add CRM Connection</source>
        <translation>Ajouter une connexion CRM</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>&amp;CRM&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Enregistré dans le trousseau&#xa0;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Private app or OAuth access token</source>
        <translation>Jeton d’accès d’application privée ou OAuth</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the book or the settings.</source>
        <translation>Les jetons sont conservés dans le trousseau du système, jamais dans le portefeuille ni dans les paramètres.</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>ID client de l’application</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>any port</source>
        <translation>n’importe quel port</translation>
    </message>
    <message>
        <source>The app&apos;s redirect address is http://127.0.0.1:PORT/; register it with the CRM app</source>
        <translation>L’adresse de redirection de l’application est http://127.0.0.1:PORT/&#xa0;; enregistrez-la dans l’application du CRM</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>Sign &amp;In with Browser…</source>
        <translation>Se connecter via le navi&amp;gateur…</translation>
    </message>
    <message>
        <source>Or sign in:</source>
        <translation>Ou connectez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>You in this CRM</source>
        <translation>Votre identité dans ce CRM</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>&amp;You in this CRM:</source>
        <translation>&amp;Votre identité dans ce CRM&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write health score, band and segment back to the CRM</source>
        <translation>Écrire le score de santé, la &amp;zone et le segment dans le CRM</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>✓ Connected</source>
        <translation>✓ Connecté</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.json)</source>
        <translation>Exports CRM (*.csv *.json)</translation>
    </message>
    <message>
        <source>This CRM takes access tokens only.</source>
        <translation>Ce CRM n’accepte que des jetons d’accès.</translation>
    </message>
    <message>
        <source>Enter the client ID of the app registered with the CRM.</source>
        <translation>Saisissez l’ID client de l’application enregistrée auprès du CRM.</translation>
    </message>
    <message>
        <source>Finish signing in in the browser. If it did not open, visit:
%1</source>
        <translation>Terminez la connexion dans le navigateur. S’il ne s’est pas ouvert, rendez-vous sur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Signed in with the browser</source>
        <translation>Connecté via le navigateur</translation>
    </message>
    <message>
        <source>✓ Signed in. The sign-in is kept in the keychain when you save.</source>
        <translation>✓ Connecté. La connexion est conservée dans le trousseau lors de l’enregistrement.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>La connexion a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Choisissez un CRM.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1&#xa0;: champ obligatoire.</translation>
    </message>
    <message>
        <source>%1 needs an access token, or Sign In with Browser.</source>
        <translation>%1 nécessite un jeton d’accès, ou utilisez Se connecter via le navigateur.</translation>
    </message>
    <message>
        <source>Type the token to test it; the stored one is tested by Sync Now.</source>
        <translation>Saisissez le jeton pour le tester&#xa0;; le jeton enregistré est testé par Synchroniser.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The connector is not installed.</source>
        <translation>Le connecteur n’est pas installé.</translation>
    </message>
    <message>
        <source>The CRM owner you are: CRM ▸ Show My Accounts Only shows the accounts they own</source>
        <translation>Le propriétaire CRM qui vous correspond&#xa0;: CRM ▸ Afficher mes comptes uniquement affiche ses comptes</translation>
    </message>
</context>
<context>
    <name>csm::ConnectionsPage</name>
    <message>
        <source>Running since %1</source>
        <translation>En cours depuis le %1</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>Connexions CRM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Asks the CRM whether it answers, with the token in the keychain or the one just typed</source>
        <translation>Vérifie que le CRM répond, avec le jeton du trousseau ou celui qui vient d’être saisi</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain, never in the book or the settings. Added, edited and removed connections are saved when you press OK; removing one also removes its sync log and its token. Sync and the sync log are in the CRM menu.</source>
        <translation>Les jetons sont conservés dans le trousseau du système, jamais dans le portefeuille ni dans les paramètres. Les connexions ajoutées, modifiées et retirées sont enregistrées lorsque vous appuyez sur OK&#xa0;; retirer une connexion retire aussi son journal de synchro et son jeton. La synchronisation et le journal de synchro se trouvent dans le menu CRM.</translation>
    </message>
    <message>
        <source>✓ %1 answered.</source>
        <translation>✓ %1 a répondu.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
    <message>
        <source>New: saved when you press OK</source>
        <translation>Nouvelle&#xa0;: enregistrée lorsque vous appuyez sur OK</translation>
    </message>
    <message>
        <source>Changed: saved when you press OK</source>
        <translation>Modifiée&#xa0;: enregistrée lorsque vous appuyez sur OK</translation>
    </message>
    <message>
        <source>There is a connection named %1 already; choose another name.</source>
        <translation>Une connexion nommée %1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A CRM connection needs a name.</source>
        <translation>Une connexion CRM a besoin d’un nom.</translation>
    </message>
    <message>
        <source>%1 is added when you press OK.</source>
        <translation>La connexion %1 sera ajoutée lorsque vous appuierez sur OK.</translation>
    </message>
    <message>
        <source>CRM Connection</source>
        <translation>Connexion CRM</translation>
    </message>
    <message>
        <source>The changes to %1 are saved when you press OK.</source>
        <translation>Les modifications de %1 seront enregistrées lorsque vous appuierez sur OK.</translation>
    </message>
    <message>
        <source>%1 is not added.</source>
        <translation>La connexion %1 ne sera pas ajoutée.</translation>
    </message>
    <message>
        <source>%1 is removed, with its sync log and its token, when you press OK; the accounts it brought stay in the book.</source>
        <translation>La connexion %1 sera retirée, avec son journal de synchro et son jeton, lorsque vous appuierez sur OK&#xa0;; les comptes qu’elle a apportés restent dans le portefeuille.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>The keychain holds no token for %1; edit the connection to enter one.</source>
        <translation>Le trousseau ne contient aucun jeton pour %1&#xa0;; modifiez la connexion pour en saisir un.</translation>
    </message>
    <message>
        <source>There is no keychain to keep the tokens in.</source>
        <translation>Aucun trousseau n’est disponible pour conserver les jetons.</translation>
    </message>
    <message>
        <source>CRM Connections</source>
        <translation>Connexions CRM</translation>
    </message>
</context>
<context>
    <name>csm::ConnectorRegistry</name>
    <message>
        <source>%1: a plugin of another kind (%2)</source>
        <translation>%1&#xa0;: un plugin d’un autre type (%2)</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1&#xa0;: pas un plugin Qt (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1&#xa0;: chargement impossible (%2)</translation>
    </message>
    <message>
        <source>%1: a connector named &apos;%2&apos; is already there</source>
        <translation>%1&#xa0;: un connecteur nommé «&#xa0;%2&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>csm::CrmConnector</name>
    <message>
        <source>%1 does not take updates from the app</source>
        <translation>%1 n’accepte pas de mises à jour de l’application</translation>
    </message>
</context>
<context>
    <name>csm::CrmHttp</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>aucune réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2: %3). Re-authenticate the connection and sync again; nothing was changed.</source>
        <translation>%1 a refusé les identifiants (HTTP %2&#xa0;: %3). Authentifiez à nouveau la connexion et resynchronisez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 kept answering that the rate limit is reached (HTTP %2: %3)</source>
        <translation>%1 a répondu à plusieurs reprises que la limite de requêtes est atteinte (HTTP %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2: %3)</source>
        <translation>%1 a échoué (HTTP %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>(gave up after %1 retries)</source>
        <translation>(abandon après %1 tentatives)</translation>
    </message>
</context>
<context>
    <name>csm::CsvReader</name>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote</source>
        <translation>un guillemet dans un champ sans guillemets&#xa0;; mettez tout le champ entre guillemets et doublez le guillemet</translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed</source>
        <translation>le champ entre guillemets qui commence ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texte inattendu après le guillemet fermant</translation>
    </message>
</context>
<context>
    <name>csm::CurrencyRatesEdit</name>
    <message>
        <source>&amp;Add Currency…</source>
        <translation>&amp;Ajouter une devise…</translation>
    </message>
    <message>
        <source>Re&amp;move Currency</source>
        <translation>&amp;Retirer la devise</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Devise de restitution</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>The reporting currency and US dollars stay in the list.</source>
        <translation>La devise de restitution et le dollar US restent dans la liste.</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>De&amp;vise de restitution&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Worth of one unit in %1</source>
        <translation>Valeur d’une unité en %1</translation>
    </message>
    <message>
        <source>The reporting currency</source>
        <translation>La devise de restitution</translation>
    </message>
    <message>
        <source>A currency is given by its three-letter ISO code, such as EUR.</source>
        <translation>Une devise s’indique par son code ISO à trois lettres, par exemple EUR.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <source>A rate must be more than zero.</source>
        <translation>Un taux doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Add Currency</source>
        <translation>Ajouter une devise</translation>
    </message>
    <message>
        <source>ISO code of the currency (such as SEK):</source>
        <translation>Code ISO de la devise (par exemple SEK)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csm::Deck</name>
    <message>
        <source>Health %1 (%2)</source>
        <translation>Santé %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) since the last review</source>
        <translation>
            <numerusform>, en hausse de %n point depuis la dernière revue</numerusform>
            <numerusform>, en hausse de %n points depuis la dernière revue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) since the last review</source>
        <translation>
            <numerusform>, en baisse de %n point depuis la dernière revue</numerusform>
            <numerusform>, en baisse de %n points depuis la dernière revue</numerusform>
        </translation>
    </message>
    <message>
        <source>, level since the last review</source>
        <translation>, stable depuis la dernière revue</translation>
    </message>
    <message numerus="yes">
        <source>, up %n point(s) in 90 days</source>
        <translation>
            <numerusform>, en hausse de %n point en 90 jours</numerusform>
            <numerusform>, en hausse de %n points en 90 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down %n point(s) in 90 days</source>
        <translation>
            <numerusform>, en baisse de %n point en 90 jours</numerusform>
            <numerusform>, en baisse de %n points en 90 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 licensed seats active (%3%)</source>
        <translation>%1 licences actives sur %2 (%3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>Renews on %1, in %n day(s)</source>
        <translation>
            <numerusform>Renouvellement le %1, dans %n jour</numerusform>
            <numerusform>Renouvellement le %1, dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal date %1 passed %n day(s) ago</source>
        <translation>
            <numerusform>Date de renouvellement %1 dépassée depuis %n jour</numerusform>
            <numerusform>Date de renouvellement %1 dépassée depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 sur %n réponse cette année</numerusform>
            <numerusform>NPS %1 sur %n réponses cette année</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress on the next steps agreed today</source>
        <translation>Avancement des prochaines étapes convenues aujourd’hui</translation>
    </message>
    <message>
        <source>Objective at risk: %1</source>
        <translation>Objectif à risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Health recovery plan: %1</source>
        <translation>Plan de redressement de la santé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renewal planning for %1</source>
        <translation>Préparation du renouvellement du %1</translation>
    </message>
    <message>
        <source>Adoption: activating the unused seats</source>
        <translation>Adoption&#xa0;: activer les licences inutilisées</translation>
    </message>
    <message>
        <source>Product roadmap and your feedback</source>
        <translation>Feuille de route produit et vos retours</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Page de titre</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Objectives and success plan</source>
        <translation>Objectifs et plan de succès</translation>
    </message>
    <message>
        <source>Account health</source>
        <translation>Santé du compte</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Support and sentiment</source>
        <translation>Support et sentiment</translation>
    </message>
    <message>
        <source>Since our last review</source>
        <translation>Depuis notre dernière revue</translation>
    </message>
    <message>
        <source>Success programmes</source>
        <translation>Programmes de succès</translation>
    </message>
    <message>
        <source>The next 90 days</source>
        <translation>Les 90 prochains jours</translation>
    </message>
    <message>
        <source>unknown deck section &apos;%1&apos; (known: %2, or all)</source>
        <translation>section de présentation inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2, ou all)</translation>
    </message>
    <message>
        <source>no deck sections chosen</source>
        <translation>aucune section de présentation choisie</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month, year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>csm::DeckBatchExport</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>csm::DeckDocument</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>%1 — Quarterly business review</source>
        <translation>%1 — Revue d’affaires trimestrielle</translation>
    </message>
    <message>
        <source>Attendees: </source>
        <translation>Participants&#xa0;: </translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>No health, usage or renewal data yet.</source>
        <translation>Pas encore de données de santé, d’usage ni de renouvellement.</translation>
    </message>
    <message>
        <source>Health set by %1 until %2: %3</source>
        <translation>Santé définie par %1 jusqu’au %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No objectives recorded in a review yet.</source>
        <translation>Aucun objectif encore enregistré dans une revue.</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Ce qui a changé depuis %1</translation>
    </message>
    <message>
        <source>Not scored yet: no usage, survey, ticket or contact data.</source>
        <translation>Pas encore de score&#xa0;: aucune donnée d’usage, d’enquête, de ticket ni de contact.</translation>
    </message>
    <message>
        <source>No measure moved by a point or more.</source>
        <translation>Aucune mesure n’a bougé d’un point ou plus.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>now %1, no data before</source>
        <translation>maintenant %1, aucune donnée avant</translation>
    </message>
    <message>
        <source>was %1, no data now</source>
        <translation>était %1, aucune donnée maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket ouvert</numerusform>
            <numerusform>%n tickets ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 escalated, %2 urgent)</source>
        <translation> (%1 escaladés, %2 urgents)</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %n response(s) this year</source>
        <translation>
            <numerusform>NPS %1 sur %n réponse cette année</numerusform>
            <numerusform>NPS %1 sur %n réponses cette année</numerusform>
        </translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Dans leurs mots</translation>
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
        <translation>Prochaines étapes — %1</translation>
    </message>
    <message>
        <source>No next steps were recorded.</source>
        <translation>Aucune prochaine étape n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Next steps from the last review</source>
        <translation>Prochaines étapes de la dernière revue</translation>
    </message>
    <message>
        <source>No earlier review on record.</source>
        <translation>Aucune revue antérieure enregistrée.</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Risques ouverts</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Notes from %1</source>
        <translation>Notes — %1</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>No review notes yet.</source>
        <translation>Pas encore de notes de revue.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n step(s) done</source>
        <translation>
            <numerusform>%1 — %2 sur %n étape terminée</numerusform>
            <numerusform>%1 — %2 sur %n étapes terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · démarré le %2</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Fait</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Success programmes</source>
        <translation>Programmes de succès</translation>
    </message>
    <message>
        <source>No success programmes running in this period.</source>
        <translation>Aucun programme de succès en cours sur cette période.</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Prochaines étapes convenues</translation>
    </message>
    <message>
        <source>No next steps agreed yet.</source>
        <translation>Aucune prochaine étape convenue pour l’instant.</translation>
    </message>
    <message>
        <source>Agenda for our next review, around %1</source>
        <translation>Ordre du jour de notre prochaine revue, vers le %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>QUARTERLY BUSINESS REVIEW</source>
        <translation>REVUE D’AFFAIRES TRIMESTRIELLE</translation>
    </message>
    <message>
        <source>Review period %1 – %2</source>
        <translation>Période couverte&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Prepared by %1 · %2</source>
        <translation>Préparé par %1 · %2</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Attendees to be confirmed</source>
        <translation>Participants à confirmer</translation>
    </message>
    <message>
        <source>%1%2 in 90 days</source>
        <translation>%1%2 en 90 jours</translation>
    </message>
    <message>
        <source>%1%2 in 30 days</source>
        <translation>%1%2 en 30 jours</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s): </source>
        <translation>
            <numerusform>%n objectif&#xa0;: </numerusform>
            <numerusform>%n objectifs&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>No product usage recorded for this account yet.</source>
        <translation>Aucun usage du produit enregistré pour ce compte pour l’instant.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>of %1 licensed seats</source>
        <translation>sur %1 licences</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Utilisation des licences</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%2 points in 30 days</source>
        <translation>%1%2 points en 30 jours</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Fonctionnalités utilisées</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1% of the plan</source>
        <translation>%1&#xa0;% du forfait</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>Chart not available</source>
        <translation>Graphique indisponible</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Impossible d’écrire %1&#xa0;: la création du PDF n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
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
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Export QBR Deck</source>
        <translation>Exporter la présentation QBR</translation>
    </message>
    <message>
        <source>Sections of the deck</source>
        <translation>Sections de la présentation</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>The account&apos;s owner</source>
        <translation>Le propriétaire du compte</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Données &amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Préparé par&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
    <message>
        <source>Segment &amp;Defaults</source>
        <translation>Valeurs par défaut du se&amp;gment</translation>
    </message>
    <message>
        <source>Preview of the deck&apos;s pages</source>
        <translation>Aperçu des pages de la présentation</translation>
    </message>
    <message>
        <source>Could not read the account: %1</source>
        <translation>Impossible de lire le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export QBR Deck — %1</source>
        <translation>Exporter la présentation QBR — %1</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>%n page enregistrée dans %1</numerusform>
            <numerusform>%n pages enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Lecture du compte…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Dessin de l’aperçu…</translation>
    </message>
    <message>
        <source>Save QBR Deck</source>
        <translation>Enregistrer la présentation QBR</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The preview is still being prepared; try again in a moment.</source>
        <translation>L’aperçu est encore en préparation&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
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
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Échec de paiement</translation>
    </message>
</context>
<context>
    <name>csm::ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole message, with its details, to the clipboard</source>
        <translation>Copier tout le message, avec ses détails, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>csm::FeatureAdoptionChart</name>
    <message>
        <source>Share of the plan&apos;s features in use over time</source>
        <translation>Part des fonctionnalités du forfait utilisées au fil du temps</translation>
    </message>
    <message>
        <source>Features in use</source>
        <translation>Fonctionnalités utilisées</translation>
    </message>
    <message>
        <source>No feature usage recorded</source>
        <translation>Aucun usage de fonctionnalité enregistré</translation>
    </message>
    <message>
        <source>Features in use (% of plan)</source>
        <translation>Fonctionnalités utilisées (% du forfait)</translation>
    </message>
    <message>
        <source>%1: %2% of features in use</source>
        <translation>%1&#xa0;: %2&#xa0;% des fonctionnalités utilisées</translation>
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
        <translation>Fichier des comptes</translation>
    </message>
    <message>
        <source>A .csv or .json export of the CRM&apos;s accounts</source>
        <translation>Un export .csv ou .json des comptes du CRM</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Fichier des contacts</translation>
    </message>
    <message>
        <source>Optional; rows name their account in account_crm_id</source>
        <translation>Facultatif&#xa0;; chaque ligne nomme son compte dans account_crm_id</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>Fichier des opportunités</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column=field; … for columns whose names are not the app&apos;s, e.g. Account ID=crm_id; Annual Revenue=arr</source>
        <translation>Colonne=champ; … pour les colonnes dont le nom diffère de celui de l’application, p. ex. Account ID=crm_id; Annual Revenue=arr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column mapping is not Column=field</source>
        <translation>«&#xa0;%1&#xa0;» dans la correspondance des colonnes n’est pas de la forme Colonne=champ</translation>
    </message>
    <message>
        <source>%1: cannot tell the format from the name; use a .csv or .json file</source>
        <translation>%1&#xa0;: impossible de déterminer le format d’après le nom&#xa0;; utilisez un fichier .csv ou .json</translation>
    </message>
    <message>
        <source>The file connection needs an accounts file</source>
        <translation>La connexion par fichier nécessite un fichier des comptes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not UTF-8 text; nothing of the file was applied</source>
        <translation>%1:%2:%3: pas du texte UTF-8&#xa0;; rien du fichier n’a été appliqué</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1&#xa0;: aucune ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2: %3 champs alors que l’en-tête en a %4</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4; nothing of the file was applied</source>
        <translation>%1:%2:%3: %4&#xa0;; rien du fichier n’a été appliqué</translation>
    </message>
    <message>
        <source>%1: expected an array of records, or {&quot;%2&quot;: [...]}</source>
        <translation>%1&#xa0;: un tableau d’enregistrements ou {&quot;%2&quot;: [...]} est attendu</translation>
    </message>
    <message>
        <source>%1:%2: a record that is not a JSON object</source>
        <translation>%1:%2: un enregistrement qui n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>no crm_id (a required field)</source>
        <translation>pas de crm_id (un champ obligatoire)</translation>
    </message>
    <message>
        <source>modified_at &apos;%1&apos; is not an ISO date and time</source>
        <translation>modified_at «&#xa0;%1&#xa0;» n’est pas une date et heure ISO</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>pas de nom (un champ obligatoire)</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>ni nom ni e-mail</translation>
    </message>
    <message>
        <source>close_date &apos;%1&apos; is not a YYYY-MM-DD date</source>
        <translation>close_date «&#xa0;%1&#xa0;» n’est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>CRM export files</source>
        <translation>Fichiers d’export CRM</translation>
    </message>
</context>
<context>
    <name>csm::GeneralSettingsPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Copy the open book there</source>
        <translation>&amp;Copier le portefeuille ouvert à cet emplacement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language changes the next time CSM Workbench starts.</source>
        <translation>La langue change au prochain démarrage de CSM Workbench.</translation>
    </message>
    <message>
        <source>Book opened at start</source>
        <translation>Portefeuille ouvert au démarrage</translation>
    </message>
    <message>
        <source>The app&apos;s own folder: %1</source>
        <translation>Dossier de l’application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Book location check</source>
        <translation>Vérification de l’emplacement du portefeuille</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the open book, as it is when you press OK, to the new location; the book stays open where it is until the app starts again.</source>
        <translation>Écrit au nouvel emplacement une copie cohérente du portefeuille ouvert, tel qu’il est lorsque vous appuyez sur OK&#xa0;; le portefeuille reste ouvert là où il est jusqu’au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Book location</source>
        <translation>Emplacement du portefeuille</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Aucun portefeuille n’est ouvert.</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Ouvert actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>Book opened at &amp;start:</source>
        <translation>Portefeuille ouvert au dé&amp;marrage&#xa0;:</translation>
    </message>
    <message>
        <source>Starting the app with --db opens another book for that run.</source>
        <translation>Démarrer l’application avec --db ouvre un autre portefeuille pour cette exécution.</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Devise de restitution</translation>
    </message>
    <message>
        <source>The team portfolio and its review convert every account&apos;s ARR into the reporting currency at these rates.</source>
        <translation>Le portefeuille d’équipe et sa revue convertissent l’ARR de chaque compte dans la devise de restitution à ces taux.</translation>
    </message>
    <message>
        <source>This is the book open now.</source>
        <translation>C’est le portefeuille actuellement ouvert.</translation>
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
        <translation>Portefeuille ouvert au démarrage</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation>Fichiers de portefeuille (*.sqlite *.csmbook *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>csm::HealthContributionChart</name>
    <message>
        <source>Health contribution of each measure</source>
        <translation>Contribution de chaque mesure à la santé</translation>
    </message>
    <message>
        <source>%1: no data; its weight %2 is spread over the others</source>
        <translation>%1&#xa0;: aucune donnée&#xa0;; son poids %2 est réparti sur les autres</translation>
    </message>
    <message>
        <source>%1: value %2 scores %3 × weight %4 = %5 points (%6 lost)</source>
        <translation>%1&#xa0;: la valeur %2 vaut %3 × poids %4 = %5 points (%6 perdus)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No health data to explain</source>
        <translation>Aucune donnée de santé à expliquer</translation>
    </message>
    <message>
        <source>Points by measure</source>
        <translation>Points par mesure</translation>
    </message>
    <message>
        <source>Points by measure — %1 loses the most</source>
        <translation>Points par mesure — %1 en perd le plus</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points gagnés</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>Points perdus</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquante)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelDialog</name>
    <message>
        <source>Health Model</source>
        <translation>Modèle de santé</translation>
    </message>
    <message>
        <source>&amp;Apply and Rescore</source>
        <translation>&amp;Appliquer et recalculer</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditModel</name>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut = mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas = mieux</translation>
    </message>
    <message>
        <source>Raw value that scores 0 (100 if lower is better)</source>
        <translation>Valeur brute qui vaut 0 (100 si plus bas = mieux)</translation>
    </message>
    <message>
        <source>Poor below this: scores 25 here</source>
        <translation>Faible en dessous&#xa0;: vaut 25 ici</translation>
    </message>
    <message>
        <source>Concerning from here: scores 75 here</source>
        <translation>Préoccupant à partir d’ici&#xa0;: vaut 75 ici</translation>
    </message>
    <message>
        <source>Raw value that scores 100 (0 if lower is better)</source>
        <translation>Valeur brute qui vaut 100 (0 si plus bas = mieux)</translation>
    </message>
    <message>
        <source>Healthy from here: scores 100</source>
        <translation>Sain à partir d’ici&#xa0;: vaut 100</translation>
    </message>
    <message>
        <source>Points of the model&apos;s 100</source>
        <translation>Points sur les 100 du modèle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Poor / min</source>
        <translation>Faible / min</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Préoccupant</translation>
    </message>
    <message>
        <source>Healthy / max</source>
        <translation>Sain / max</translation>
    </message>
</context>
<context>
    <name>csm::HealthModelEditor</name>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>Score this segment with its &amp;own model</source>
        <translation>Évaluer ce segment avec son pr&amp;opre modèle</translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation>A&amp;jouter une mesure</translation>
    </message>
    <message>
        <source>&amp;Remove Measure</source>
        <translation>&amp;Supprimer la mesure</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Standard (accounts past onboarding)</source>
        <translation>Standard (comptes après l’onboarding)</translation>
    </message>
    <message>
        <source>Onboarding (time-to-value and setup)</source>
        <translation>Onboarding (délai d’obtention de valeur et mise en place)</translation>
    </message>
    <message>
        <source>Model to edit</source>
        <translation>Modèle à modifier</translation>
    </message>
    <message>
        <source>Measures of the model</source>
        <translation>Mesures du modèle</translation>
    </message>
    <message>
        <source>Accounts that would change band</source>
        <translation>Comptes qui changeraient de zone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Bands: amber &amp;from score</source>
        <translation>Zones&#xa0;: orange à &amp;partir du score</translation>
    </message>
    <message>
        <source>&amp;green from score</source>
        <translation>&amp;vert à partir du score</translation>
    </message>
    <message>
        <source>(below amber is red)</source>
        <translation>(en dessous de l’orange&#xa0;: rouge)</translation>
    </message>
    <message>
        <source>Effect before applying</source>
        <translation>Effet avant application</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Total weight: %1 of 100.</source>
        <translation>Poids total&#xa0;: %1 sur 100.</translation>
    </message>
    <message>
        <source> This segment is scored by the standard model.</source>
        <translation> Ce segment est évalué par le modèle standard.</translation>
    </message>
    <message>
        <source>⚠ %1 %2 — nothing can be saved until it is fixed; the book keeps its current model.</source>
        <translation>⚠ %1 %2 — rien ne peut être enregistré tant que ce n’est pas corrigé&#xa0;; le portefeuille conserve son modèle actuel.</translation>
    </message>
    <message>
        <source>Fix the model to see its effect.</source>
        <translation>Corrigez le modèle pour voir son effet.</translation>
    </message>
    <message>
        <source>No change yet: edit the model or the bands to see which accounts would move.</source>
        <translation>Aucun changement pour l’instant&#xa0;: modifiez le modèle ou les zones pour voir quels comptes changeraient.</translation>
    </message>
    <message>
        <source>Computing the effect…</source>
        <translation>Calcul de l’effet…</translation>
    </message>
    <message>
        <source>The effect could not be computed: %1</source>
        <translation>L’effet n’a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No account would change band.</source>
        <translation>Aucun compte ne changerait de zone.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change band (%1 ARR); </source>
        <translation>
            <numerusform>%n compte changerait de zone (ARR %1)&#xa0;; </numerusform>
            <numerusform>%n comptes changeraient de zone (ARR %1)&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would move into red (%1 ARR).</source>
        <translation>
            <numerusform>%n passerait au rouge (ARR %1).</numerusform>
            <numerusform>%n passeraient au rouge (ARR %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::HealthOverrideDialog</name>
    <message>
        <source>Override Health of %1</source>
        <translation>Forcer la santé de %1</translation>
    </message>
    <message>
        <source>A score…</source>
        <translation>Un score…</translation>
    </message>
    <message>
        <source>Why the score is wrong (required)</source>
        <translation>Pourquoi le score est faux (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Override with:</source>
        <translation>&amp;Forcer à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csm::HealthTrendChart</name>
    <message>
        <source>Health trend with red, amber and green bands</source>
        <translation>Tendance de santé avec les zones rouge, orange et verte</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Score de santé</translation>
    </message>
    <message>
        <source>No health history yet</source>
        <translation>Pas encore d’historique de santé</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forçage</translation>
    </message>
    <message>
        <source>%1: health %2</source>
        <translation>%1&#xa0;: santé %2</translation>
    </message>
    <message>
        <source>Override on %1: %2 — %3</source>
        <translation>Forçage le %1&#xa0;: %2 — %3</translation>
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
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>https://api.hubapi.com, or a proxy or test server</source>
        <translation>https://api.hubapi.com, ou un proxy ou un serveur de test</translation>
    </message>
    <message>
        <source>ARR property</source>
        <translation>Propriété ARR</translation>
    </message>
    <message>
        <source>The company property holding ARR</source>
        <translation>La propriété d’entreprise contenant l’ARR</translation>
    </message>
    <message>
        <source>Renewal date property</source>
        <translation>Propriété de date de renouvellement</translation>
    </message>
    <message>
        <source>Contract start property</source>
        <translation>Propriété de début de contrat</translation>
    </message>
    <message>
        <source>Lifecycle stage property</source>
        <translation>Propriété de phase du cycle de vie</translation>
    </message>
    <message>
        <source>A company property holding onboarding, adoption, expansion, renewal or advocacy</source>
        <translation>Une propriété d’entreprise contenant onboarding, adoption, expansion, renewal ou advocacy</translation>
    </message>
    <message>
        <source>Currency property</source>
        <translation>Propriété de devise</translation>
    </message>
    <message>
        <source>Records per request</source>
        <translation>Enregistrements par requête</translation>
    </message>
    <message>
        <source>1 to 100</source>
        <translation>1 à 100</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>For Sign In with Browser; empty: HubSpot&apos;s</source>
        <translation>Pour Se connecter via le navigateur&#xa0;; vide&#xa0;: celle de HubSpot</translation>
    </message>
    <message>
        <source>Timeout per request (ms)</source>
        <translation>Délai d’attente par requête (ms)</translation>
    </message>
    <message>
        <source>Retries per request</source>
        <translation>Nouvelles tentatives par requête</translation>
    </message>
    <message>
        <source>First retry after (ms)</source>
        <translation>Première nouvelle tentative après (ms)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>HubSpot needs a private app token or an OAuth access token</source>
        <translation>HubSpot nécessite un jeton d’application privée ou un jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>HubSpot refused %1 %2 (HTTP %3: %4)</source>
        <translation>HubSpot a refusé %1 %2 (HTTP %3&#xa0;: %4)</translation>
    </message>
    <message>
        <source>HubSpot answered %1 with something that is not a JSON object (%2 at byte %3); nothing of it was applied</source>
        <translation>HubSpot a répondu à %1 par autre chose qu’un objet JSON (%2 à l’octet %3)&#xa0;; rien n’en a été appliqué</translation>
    </message>
    <message>
        <source>a record without an id</source>
        <translation>un enregistrement sans id</translation>
    </message>
    <message>
        <source>its properties are not a JSON object</source>
        <translation>ses propriétés ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>pas de nom (un champ obligatoire)</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>l’ARR «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>ni nom ni e-mail</translation>
    </message>
    <message>
        <source>an owner without an id</source>
        <translation>un propriétaire sans id</translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer for %1 has no list of results; nothing of it was applied</source>
        <translation>La réponse de HubSpot pour %1 n’a pas de liste de résultats&#xa0;; rien n’en a été appliqué</translation>
    </message>
    <message>
        <source>HubSpot refused to create the property %1 (HTTP %2: %3)</source>
        <translation>HubSpot a refusé de créer la propriété %1 (HTTP %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>HubSpot refused to show the property %1 (HTTP %2: %3)</source>
        <translation>HubSpot a refusé de renvoyer la propriété %1 (HTTP %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>HubSpot write-back covers companies only</source>
        <translation>La réécriture vers HubSpot ne couvre que les entreprises</translation>
    </message>
    <message>
        <source>Health score (CSM Workbench)</source>
        <translation>Score de santé (CSM Workbench)</translation>
    </message>
    <message>
        <source>Health band (CSM Workbench)</source>
        <translation>Zone de santé (CSM Workbench)</translation>
    </message>
    <message>
        <source>Segment (CSM Workbench)</source>
        <translation>Segment (CSM Workbench)</translation>
    </message>
    <message>
        <source>HubSpot has no property for the field %1</source>
        <translation>HubSpot n’a pas de propriété pour le champ %1</translation>
    </message>
    <message>
        <source>HubSpot did not take it: %1</source>
        <translation>HubSpot ne l’a pas accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>HubSpot did not take %1 of the updates: %2</source>
        <translation>HubSpot n’a pas accepté %1 des mises à jour&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>csm::ImportIssue</name>
    <message>
        <source>(record %1)</source>
        <translation>(enregistrement %1)</translation>
    </message>
</context>
<context>
    <name>csm::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>csm::LocalEditStore</name>
    <message>
        <source>%1 is not a field that can be edited</source>
        <translation>%1 n’est pas un champ modifiable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Date de renouvellement</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>no account with id %1</source>
        <translation>aucun compte n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>An account needs a name</source>
        <translation>Un compte a besoin d’un nom</translation>
    </message>
    <message>
        <source>that edit is no longer waiting</source>
        <translation>cette modification n’est plus en attente</translation>
    </message>
</context>
<context>
    <name>csm::LocalEditsModel</name>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Conflict: changed in the CRM too</source>
        <translation>Conflit&#xa0;: modifié aussi dans le CRM</translation>
    </message>
    <message>
        <source>Waiting to be written to the CRM</source>
        <translation>En attente d’écriture dans le CRM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>CRM&apos;s value</source>
        <translation>Valeur du CRM</translation>
    </message>
    <message>
        <source>Before either change</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié le</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>&amp;Nouveau portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>&amp;Ouvrir un portefeuille…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Book…</source>
        <translation>Charger le portefeuille de &amp;démo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Accounts</source>
        <translation>Rechercher des &amp;comptes</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>Set &amp;Segment of Account</source>
        <translation>Définir le &amp;segment du compte</translation>
    </message>
    <message>
        <source>Automatic (by rules)</source>
        <translation>Automatique (par règles)</translation>
    </message>
    <message>
        <source>&amp;Recompute Segments</source>
        <translation>&amp;Recalculer les segments</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About CSM Workbench</source>
        <translation>À &amp;propos de CSM Workbench</translation>
    </message>
    <message>
        <source>Loading the book…</source>
        <translation>Chargement du portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>%1 — CSM Workbench</source>
        <translation>%1 — CSM Workbench</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded in %1 ms.</source>
        <translation>
            <numerusform>%n compte chargé en %1 ms.</numerusform>
            <numerusform>%n comptes chargés en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the filters.</source>
        <translation>Aucun compte ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Demo Book</source>
        <translation>Portefeuille de démo</translation>
    </message>
    <message>
        <source>The demo book can only be loaded into an empty book. Create a new book first (File ▸ New Book…).</source>
        <translation>Le portefeuille de démo ne peut être chargé que dans un portefeuille vide. Créez d’abord un nouveau portefeuille (Fichier ▸ Nouveau portefeuille…).</translation>
    </message>
    <message>
        <source>Welcome to CSM Workbench</source>
        <translation>Bienvenue dans CSM Workbench</translation>
    </message>
    <message>
        <source>This book is empty. Load a demo book of 300 accounts with a year of usage, contacts, NPS responses and tickets to explore the app?</source>
        <translation>Ce portefeuille est vide. Charger un portefeuille de démo de 300 comptes avec un an d’usage, de contacts, de réponses NPS et de tickets pour découvrir l’application&#xa0;?</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>Ouvrir un portefeuille</translation>
    </message>
    <message>
        <source>Books (*.sqlite *.csmbook *.db);;All files (*)</source>
        <translation>Fichiers de portefeuille (*.sqlite *.csmbook *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>Nouveau portefeuille</translation>
    </message>
    <message>
        <source>Books (*.sqlite)</source>
        <translation>Fichiers de portefeuille (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-le plutôt, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Portfolio Health</source>
        <translation>Santé du portefeuille</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>&amp;Exporter les comptes…</translation>
    </message>
    <message>
        <source>Export QBR Decks for &amp;Filtered Accounts…</source>
        <translation>Exporter les présentations QBR des comptes &amp;filtrés…</translation>
    </message>
    <message>
        <source>&amp;Search Notes…</source>
        <translation>Rechercher dans les &amp;notes…</translation>
    </message>
    <message>
        <source>&amp;Override Health of Account…</source>
        <translation>&amp;Forcer la santé du compte…</translation>
    </message>
    <message>
        <source>C&amp;lear Health Override</source>
        <translation>&amp;Lever le forçage de santé</translation>
    </message>
    <message>
        <source>Recompute &amp;Health</source>
        <translation>Recalculer la s&amp;anté</translation>
    </message>
    <message>
        <source>Health &amp;Model…</source>
        <translation>&amp;Modèle de santé…</translation>
    </message>
    <message>
        <source>Playbook &amp;Templates…</source>
        <translation>Modèles de &amp;playbooks…</translation>
    </message>
    <message>
        <source>Run &amp;Playbook Rules</source>
        <translation>E&amp;xécuter les règles de playbooks</translation>
    </message>
    <message>
        <source>New &amp;QBR for Account</source>
        <translation>Nouvelle &amp;QBR pour le compte</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>Export QBR &amp;Deck…</source>
        <translation>Exporter la &amp;présentation QBR…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Aller à &amp;Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n account(s) while the book loads…</source>
        <translation>
            <numerusform>Affichage de %n compte pendant le chargement du portefeuille…</numerusform>
            <numerusform>Affichage des %n premiers comptes pendant le chargement du portefeuille…</numerusform>
        </translation>
    </message>
    <message>
        <source>This book is empty. Import accounts or load the demo book from the File menu, or sync a CRM from CRM ▸ Connections and Sync Log.</source>
        <translation>Ce portefeuille est vide. Importez des comptes ou chargez le portefeuille de démo depuis le menu Fichier, ou synchronisez un CRM via CRM ▸ Connexions et journal de synchro.</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved typing in %n note(s); the open note shows it.</source>
        <translation>
            <numerusform>Saisie non enregistrée restaurée dans %n note&#xa0;; la note ouverte l’affiche.</numerusform>
            <numerusform>Saisie non enregistrée restaurée dans %n notes&#xa0;; la note ouverte l’affiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Accounts (*.csv *.json);;All files (*)</source>
        <translation>Comptes (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Nothing was imported. Problems found:
%1</source>
        <translation>Rien n’a été importé. Problèmes trouvés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated accounts.</source>
        <translation>%1 nouveaux comptes importés et %2 mis à jour.</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Exporter les comptes</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Export des comptes</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n compte exporté vers %1.</numerusform>
            <numerusform>%n comptes exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to export its QBR deck.</source>
        <translation>Sélectionnez un compte pour exporter sa présentation QBR.</translation>
    </message>
    <message>
        <source>No accounts match the filter: nothing to export.</source>
        <translation>Aucun compte ne correspond au filtre&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <source>QBR decks are being exported already.</source>
        <translation>Des présentations QBR sont déjà en cours d’export.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n QBR Deck(s) to Folder</source>
        <translation>
            <numerusform>Exporter %n présentation QBR vers un dossier</numerusform>
            <numerusform>Exporter %n présentations QBR vers un dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n QBR deck(s)</source>
        <translation>
            <numerusform>Export de %n présentation QBR</numerusform>
            <numerusform>Export de %n présentations QBR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deck export cancelled: %1 of %n written to %2; no partial files.</source>
        <translation>
            <numerusform>Export des présentations annulé&#xa0;: %1 sur %n écrite dans %2&#xa0;; aucun fichier partiel.</numerusform>
            <numerusform>Export des présentations annulé&#xa0;: %1 sur %n écrites dans %2&#xa0;; aucun fichier partiel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %n QBR deck(s) to %2.</source>
        <translation>
            <numerusform>Présentation QBR exportée vers %2&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Présentations QBR exportées vers %2&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>QBR Deck Export</source>
        <translation>Export de présentations QBR</translation>
    </message>
    <message numerus="yes">
        <source>%n deck(s) could not be written.</source>
        <translation>
            <numerusform>%n présentation n’a pas pu être écrite.</numerusform>
            <numerusform>%n présentations n’ont pas pu être écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Review &amp;Comments…</source>
        <translation>Importer des &amp;commentaires de revue…</translation>
    </message>
    <message>
        <source>Import Review Comments</source>
        <translation>Importer des commentaires de revue</translation>
    </message>
    <message>
        <source>Review comments (*.json);;All files (*)</source>
        <translation>Commentaires de revue (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Review comments from %1: %2 new, %3 already here.</source>
        <translation>Commentaires de revue de %1&#xa0;: %2 nouveaux, %3 déjà présents.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n comment(s) on accounts that are not in this book: %1</source>
        <translation>
            <numerusform>%n commentaire ignoré sur des comptes absents de ce portefeuille&#xa0;: %1</numerusform>
            <numerusform>%n commentaires ignorés sur des comptes absents de ce portefeuille&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Export &amp;Book for Your Lead…</source>
        <translation>Exporter le portefeuille pour votre &amp;responsable…</translation>
    </message>
    <message>
        <source>Open &amp;Team Books…</source>
        <translation>Ouvrir les &amp;portefeuilles de l’équipe…</translation>
    </message>
    <message>
        <source>%1 (read-only) — CSM Workbench</source>
        <translation>%1 (lecture seule) — CSM Workbench</translation>
    </message>
    <message>
        <source>Read-only: a team member&apos;s book. Nothing you do here changes it.</source>
        <translation>Lecture seule&#xa0;: le portefeuille d’un membre de l’équipe. Rien de ce que vous faites ici ne le modifie.</translation>
    </message>
    <message>
        <source>book</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>Export Book for Your Lead</source>
        <translation>Exporter le portefeuille pour votre responsable</translation>
    </message>
    <message>
        <source>CSM Workbench book (*.csmbook)</source>
        <translation>Portefeuille CSM Workbench (*.csmbook)</translation>
    </message>
    <message>
        <source>Exporting the book</source>
        <translation>Export du portefeuille</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) of %1&apos;s book to %2.</source>
        <translation>
            <numerusform>%n compte du portefeuille de %1 exporté vers %2.</numerusform>
            <numerusform>%n comptes du portefeuille de %1 exportés vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your team&apos;s book files (File ▸ Export Book for Your Lead in their app), or load the demo team.</source>
        <translation>Ajoutez les fichiers de portefeuille de votre équipe (Fichier ▸ Exporter le portefeuille pour votre responsable dans leur application), ou chargez l’équipe de démo.</translation>
    </message>
    <message>
        <source>Segmentation R&amp;ules…</source>
        <translation>Règles de se&amp;gmentation…</translation>
    </message>
    <message>
        <source>P&amp;ortfolio Health</source>
        <translation>&amp;Santé du portefeuille</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>A&amp;ujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>A sync is running: the connections can be changed when it has finished.</source>
        <translation>Une synchronisation est en cours&#xa0;: les connexions pourront être modifiées une fois celle-ci terminée.</translation>
    </message>
</context>
<context>
    <name>csm::MeetingEditor</name>
    <message>
        <source>Wins, one per line</source>
        <translation>Réussites, une par ligne</translation>
    </message>
    <message>
        <source>Risks, one per line</source>
        <translation>Risques, un par ligne</translation>
    </message>
    <message>
        <source>Asks, one per line</source>
        <translation>Demandes, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Note de réunion</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Attendees from the account&apos;s contacts</source>
        <translation>Participants parmi les contacts du compte</translation>
    </message>
    <message>
        <source>Other attendees, comma-separated</source>
        <translation>Autres participants, séparés par des virgules</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>Autres participants</translation>
    </message>
    <message>
        <source>Customer objective</source>
        <translation>Objectif du client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes from the meeting</source>
        <translation>Notes de la réunion</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Save the note as a version (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>Enregistrer la note comme version (Ctrl+S)&#xa0;; Édition ▸ Annuler revient en arrière</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add Next Step</source>
        <translation>Ajouter une prochaine étape</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Wins · risks · asks:</source>
        <translation>Réussites · risques · demandes&#xa0;:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a meeting or start a new one.</source>
        <translation>Choisissez une réunion ou commencez-en une nouvelle.</translation>
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
        <translation>Saisie restaurée depuis l’enregistrement automatique de %1, jamais enregistrée. Enregistrer la conserve, sinon &lt;a href=&quot;discard&quot;&gt;supprimez-la&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Unsaved: restored from the autosave.</source>
        <translation>Non enregistrée&#xa0;: restaurée depuis l’enregistrement automatique.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistrée le %1</translation>
    </message>
    <message>
        <source>Taken over from the previous review</source>
        <translation>Reprise de la revue précédente</translation>
    </message>
    <message>
        <source>Unsaved changes (autosaved as you type)</source>
        <translation>Modifications non enregistrées (enregistrement automatique pendant la saisie)</translation>
    </message>
    <message>
        <source>Unsaved changes · autosaved %1</source>
        <translation>Modifications non enregistrées · enregistrement automatique à %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s), newest first.</source>
        <translation>
            <numerusform>%n version enregistrée, la plus récente en premier.</numerusform>
            <numerusform>%n versions enregistrées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>csm::NoteSearchDialog</name>
    <message>
        <source>Search Notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Words to find in every note of the book</source>
        <translation>Mots à trouver dans toutes les notes du portefeuille</translation>
    </message>
    <message>
        <source>Search notes for</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notes trouvées</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note trouvée</numerusform>
            <numerusform>%n notes trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>csm::NotesView</name>
    <message>
        <source>New &amp;QBR</source>
        <translation>Nouvelle &amp;QBR</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>No&amp;uvelle…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Meeting notes of the account</source>
        <translation>Notes de réunion du compte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>A new QBR with the last one&apos;s open next steps and objectives</source>
        <translation>Une nouvelle QBR reprenant les prochaines étapes et objectifs ouverts de la précédente</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete this note and its next steps? This cannot be undone.</source>
        <translation>Supprimer cette note et ses prochaines étapes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source> — %n open next step(s)</source>
        <translation>
            <numerusform> — %n prochaine étape ouverte</numerusform>
            <numerusform> — %n prochaines étapes ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::NpsChart</name>
    <message>
        <source>NPS answers per quarter: promoters, passives and detractors</source>
        <translation>Réponses NPS par trimestre&#xa0;: promoteurs, passifs et détracteurs</translation>
    </message>
    <message>
        <source>No NPS answers this year</source>
        <translation>Aucune réponse NPS cette année</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
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
        <translation>Le CRM a refusé d’échanger le code de connexion contre un jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the CRM&apos;s answer</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1 pour recevoir la réponse du CRM</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to CSM Workbench.</source>
        <translation>Connecté. Vous pouvez fermer cette page et revenir à CSM Workbench.</translation>
    </message>
    <message>
        <source>The CRM signed you in but gave no refresh token; ask for offline access (scope)</source>
        <translation>Le CRM vous a connecté mais n’a pas fourni de jeton d’actualisation&#xa0;; demandez l’accès hors ligne (scope)</translation>
    </message>
    <message>
        <source>The CRM refused the sign-in: %1</source>
        <translation>Le CRM a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in did not complete: the CRM&apos;s token answer was refused or unreadable</source>
        <translation>La connexion n’a pas abouti&#xa0;: la réponse du CRM pour le jeton a été refusée ou est illisible</translation>
    </message>
    <message>
        <source>The stored sign-in has no token address; sign in again</source>
        <translation>La connexion enregistrée n’a pas d’adresse de jeton&#xa0;; reconnectez-vous</translation>
    </message>
    <message>
        <source>The CRM refused the stored sign-in (%1); sign in again</source>
        <translation>Le CRM a refusé la connexion enregistrée (%1)&#xa0;; reconnectez-vous</translation>
    </message>
    <message>
        <source>The CRM&apos;s token answer had no access token (HTTP %1)</source>
        <translation>La réponse du CRM pour le jeton ne contenait pas de jeton d’accès (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>csm::PlaybookEditorDialog</name>
    <message>
        <source>Started by hand only</source>
        <translation>Démarré manuellement uniquement</translation>
    </message>
    <message>
        <source>Health enters red</source>
        <translation>La santé passe au rouge</translation>
    </message>
    <message>
        <source>Renewal within N days</source>
        <translation>Renouvellement sous N jours</translation>
    </message>
    <message>
        <source>Lifecycle stage becomes…</source>
        <translation>La phase du cycle de vie devient…</translation>
    </message>
    <message>
        <source>NPS detractor answer</source>
        <translation>Réponse NPS détractrice</translation>
    </message>
    <message>
        <source>No touch for N days</source>
        <translation>Aucune interaction pendant N jours</translation>
    </message>
    <message>
        <source>Active users drop N% over 30 days</source>
        <translation>Les utilisateurs actifs baissent de N&#xa0;% sur 30 jours</translation>
    </message>
    <message>
        <source>The rule starts this playbook by itself</source>
        <translation>La règle démarre ce playbook d’elle-même</translation>
    </message>
    <message>
        <source>Playbook Templates</source>
        <translation>Modèles de playbooks</translation>
    </message>
    <message>
        <source>Playbook templates</source>
        <translation>Modèles de playbooks</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>(none ticked: every segment)</source>
        <translation>(aucun coché&#xa0;: tous les segments)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Échéance après (jours)</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle du responsable</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments&#xa0;:</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;New Template</source>
        <translation>Nouveau &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Save Template</source>
        <translation>&amp;Enregistrer le modèle</translation>
    </message>
    <message>
        <source>%1 (rule off)</source>
        <translation>%1 (règle désactivée)</translation>
    </message>
    <message>
        <source>A built-in template: change it freely; runs already started keep their steps.</source>
        <translation>Un modèle intégré&#xa0;: modifiez-le librement&#xa0;; les exécutions déjà démarrées gardent leurs étapes.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nouveau playbook</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <source>Marks the account&apos;s first value when done</source>
        <translation>Une fois terminée, marque la première valeur obtenue par le compte</translation>
    </message>
</context>
<context>
    <name>csm::PlaybooksView</name>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>S&amp;kip Step…</source>
        <translation>I&amp;gnorer l’étape…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Ac&amp;hever</translation>
    </message>
    <message>
        <source>Cancel &amp;Playbook…</source>
        <translation>Annuler le pla&amp;ybook…</translation>
    </message>
    <message>
        <source>Playbooks of the account</source>
        <translation>Playbooks du compte</translation>
    </message>
    <message>
        <source>Playbook to start</source>
        <translation>Playbook à démarrer</translation>
    </message>
    <message>
        <source>Playbook runs and their steps</source>
        <translation>Exécutions de playbooks et leurs étapes</translation>
    </message>
    <message>
        <source>Playbook / step</source>
        <translation>Playbook / étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Start a playbook:</source>
        <translation>Démarrer un playbook&#xa0;:</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Ignorer l’étape</translation>
    </message>
    <message>
        <source>Why is this step skipped?</source>
        <translation>Pourquoi cette étape est-elle ignorée&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel Playbook</source>
        <translation>Annuler le playbook</translation>
    </message>
    <message>
        <source>Why is this playbook cancelled?</source>
        <translation>Pourquoi ce playbook est-il annulé&#xa0;?</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 done · %4 · started %5</source>
        <translation>%1 — %2 sur %3 terminées · %4 · démarré le %5</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · en retard</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · échéance aujourd’hui</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Done by %1 on %2</source>
        <translation>Fait par %1 le %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Skipped by %1: %2</source>
        <translation>Ignorée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>
Skipped: %1</source>
        <translation>
Ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No playbook has run on this account. Rules start them by themselves, or start one above.</source>
        <translation>Aucun playbook n’a été exécuté sur ce compte. Les règles les démarrent d’elles-mêmes, ou démarrez-en un ci-dessus.</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioAccountModel</name>
    <message>
        <source>%1 (former customer)</source>
        <translation>%1 (ancien client)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange rate for %1: shown in its own currency</source>
        <translation>Pas de taux de change pour %1&#xa0;: affiché dans sa propre devise</translation>
    </message>
    <message>
        <source>CRM id %1 · double-click to open it in the CSM&apos;s book (read-only)</source>
        <translation>ID CRM %1 · double-cliquez pour l’ouvrir dans le portefeuille du CSM (lecture seule)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Dernière interaction</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <source>Last QBR</source>
        <translation>Dernier QBR</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioCharts</name>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>Health by segment</source>
        <translation>Santé par segment</translation>
    </message>
    <message>
        <source>ARR against health</source>
        <translation>ARR et santé</translation>
    </message>
    <message>
        <source>Measure health mix by</source>
        <translation>Mesurer la répartition de santé par</translation>
    </message>
    <message>
        <source>By accounts</source>
        <translation>Par comptes</translation>
    </message>
    <message>
        <source>By ARR</source>
        <translation>Par ARR</translation>
    </message>
    <message numerus="yes">
        <source>ARR at risk (red): %1 across %n account(s)</source>
        <translation>
            <numerusform>ARR à risque (rouge)&#xa0;: %1 sur %n compte</numerusform>
            <numerusform>ARR à risque (rouge)&#xa0;: %1 sur %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Health mix by segment (accounts)</source>
        <translation>Répartition de santé par segment (comptes)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>ARR against health (largest %n account(s))</source>
        <translation>
            <numerusform>ARR et santé (%n plus grand compte)</numerusform>
            <numerusform>ARR et santé (les %n plus grands comptes)</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR %1 · health %2 (%3)</source>
        <translation>ARR %1 · santé %2 (%3)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message numerus="yes">
        <source>ARR in %1. %n account(s) in a currency without an exchange rate are left out of the ARR; set the rates in Settings, General.</source>
        <translation>
            <numerusform>ARR en %1. %n compte dans une devise sans taux de change est exclu de l&apos;ARR&#xa0;; définissez les taux dans Paramètres, Général.</numerusform>
            <numerusform>ARR en %1. %n comptes dans une devise sans taux de change sont exclus de l&apos;ARR&#xa0;; définissez les taux dans Paramètres, Général.</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR in %1, converted at the exchange rates in Settings, General.</source>
        <translation>ARR en %1, converti aux taux de change de Paramètres, Général.</translation>
    </message>
    <message>
        <source>Health mix by segment (ARR, thousands of %1)</source>
        <translation>Répartition de santé par segment (ARR, milliers de %1)</translation>
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
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 j</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 jours</translation>
    </message>
    <message>
        <source>Health mix</source>
        <translation>Répartition de la santé</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of ARR</source>
        <translation>%1 · %2 · %3 de l’ARR</translation>
    </message>
    <message>
        <source>Renewals in the next 120 days</source>
        <translation>Renouvellements dans les 120 prochains jours</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Revue de portefeuille</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>TEAM SUMMARY</source>
        <translation>SYNTHÈSE DE L’ÉQUIPE</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Période %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>prepared by %1</source>
        <translation>préparé par %1</translation>
    </message>
    <message>
        <source>amounts in %1</source>
        <translation>montants en %1</translation>
    </message>
    <message>
        <source>%1 accounts only</source>
        <translation>comptes %1 uniquement</translation>
    </message>
    <message>
        <source>the book of %1 only</source>
        <translation>le portefeuille de %1 uniquement</translation>
    </message>
    <message>
        <source>CSMs: %1</source>
        <translation>CSM&#xa0;: %1</translation>
    </message>
    <message>
        <source> · shared: %1</source>
        <translation> · partagés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out, no rate: %1</source>
        <translation>Exclus, sans taux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Montants en %1</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR à risque</translation>
    </message>
    <message>
        <source>Red: %1 · %2 of ARR</source>
        <translation>Rouge&#xa0;: %1 · %2 de l’ARR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Starting ARR %1</source>
        <translation>ARR de départ %1</translation>
    </message>
    <message>
        <source>No ARR at the start</source>
        <translation>Pas d’ARR au début</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Churn and cuts: %1</source>
        <translation>Attrition et réductions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Coverage and retention</source>
        <translation>Couverture et rétention</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>aucun sur %1</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>Étapes de playbook en retard</translation>
    </message>
    <message>
        <source>Accounts with overdue steps</source>
        <translation>Comptes avec des étapes en retard</translation>
    </message>
    <message>
        <source>QBR coverage, high-touch</source>
        <translation>Couverture QBR, high-touch</translation>
    </message>
    <message>
        <source>Median days since last touch</source>
        <translation>Médiane des jours depuis la dernière interaction</translation>
    </message>
    <message>
        <source>Not touched in %1 days</source>
        <translation>Sans interaction depuis %1 jours</translation>
    </message>
    <message>
        <source>Median days to first value</source>
        <translation>Médiane des jours jusqu’à la première valeur</translation>
    </message>
    <message>
        <source>Starting ARR</source>
        <translation>ARR de départ</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction and churn</source>
        <translation>Contraction et attrition</translation>
    </message>
    <message>
        <source>New and reactivated</source>
        <translation>Nouveaux et réactivés</translation>
    </message>
    <message>
        <source>The team by CSM and segment</source>
        <translation>L’équipe par CSM et par segment</translation>
    </message>
    <message>
        <source>ARR by health per CSM</source>
        <translation>ARR par santé et par CSM</translation>
    </message>
    <message>
        <source>Bars: ARR by health band. Right: the CSM&apos;s ARR and accounts.</source>
        <translation>Barres&#xa0;: ARR par zone de santé. À droite&#xa0;: ARR et comptes du CSM.</translation>
    </message>
    <message>
        <source>Shared accounts count for each of their CSMs, once for the team.</source>
        <translation>Les comptes partagés comptent pour chacun de leurs CSM, une seule fois pour l’équipe.</translation>
    </message>
    <message>
        <source>No CSM books in the portfolio.</source>
        <translation>Aucun portefeuille de CSM dans le portefeuille d’équipe.</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Par segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Red · amber · green</source>
        <translation>Rouge · orange · vert</translation>
    </message>
    <message>
        <source>Renewing in 120 days</source>
        <translation>Renouvellement sous 120 jours</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>Couverture QBR</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Partagés&#xa0;: %1</translation>
    </message>
    <message>
        <source>High-touch: %1</source>
        <translation>High-touch&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of team ARR</source>
        <translation>%1 de l’ARR de l’équipe</translation>
    </message>
    <message>
        <source>GRR %1</source>
        <translation>GRR %1</translation>
    </message>
    <message>
        <source>%1 of %2 high-touch</source>
        <translation>%1 sur %2 en high-touch</translation>
    </message>
    <message>
        <source>No high-touch accounts</source>
        <translation>Aucun compte high-touch</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <source>Accounts affected: %1</source>
        <translation>Comptes concernés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Median days since last touch: %1</source>
        <translation>Médiane des jours depuis la dernière interaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>not touched in %1 days: %2</source>
        <translation>sans interaction depuis %1 jours&#xa0;: %2</translation>
    </message>
    <message>
        <source>time to value: median %1 days, reached %2 of %3</source>
        <translation>délai d’obtention de valeur&#xa0;: médiane %1 jours, atteinte par %2 sur %3</translation>
    </message>
    <message>
        <source>time to value: reached 0 of %1</source>
        <translation>délai d’obtention de valeur&#xa0;: atteinte par 0 sur %1</translation>
    </message>
    <message>
        <source>book exported %1</source>
        <translation>portefeuille exporté le %1</translation>
    </message>
    <message>
        <source>Red and amber renewals, next 120 days</source>
        <translation>Renouvellements rouges et orange, 120 prochains jours</translation>
    </message>
    <message>
        <source>No red or amber account renews in the next 120 days.</source>
        <translation>Aucun compte rouge ou orange ne se renouvelle dans les 120 prochains jours.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SANTÉ</translation>
    </message>
    <message>
        <source>RENEWS</source>
        <translation>RENOUVELLEMENT</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Not listed: %1 more, ARR %2</source>
        <translation>Non listés&#xa0;: %1 de plus, ARR %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioGroupModel</name>
    <message>
        <source>%1 (%2 red)</source>
        <translation>%1 (%2 rouges)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Green: %1 accounts, %2
Amber: %3 accounts, %4
Red: %5 accounts, %6
Not scored: %7 accounts, %8</source>
        <translation>Vert&#xa0;: %1 comptes, %2
Orange&#xa0;: %3 comptes, %4
Rouge&#xa0;: %5 comptes, %6
Sans score&#xa0;: %7 comptes, %8</translation>
    </message>
    <message>
        <source>ARR of red accounts: %1</source>
        <translation>ARR des comptes rouges&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renewing in %1–%2 days: %3 accounts, %4
Green %5 · Amber %6 · Red %7 · Not scored %8</source>
        <translation>Renouvellement dans %1–%2 jours&#xa0;: %3 comptes, %4
Vert %5 · Orange %6 · Rouge %7 · Sans score %8</translation>
    </message>
    <message>
        <source>%1 overdue playbook steps on %2 accounts</source>
        <translation>%1 étapes de playbook en retard sur %2 comptes</translation>
    </message>
    <message>
        <source>%1 of %2 high-touch accounts had no QBR in the last 90 days</source>
        <translation>%1 comptes high-touch sur %2 n’ont pas eu de QBR ces 90 derniers jours</translation>
    </message>
    <message>
        <source>Median days since the last touch; %1 accounts not touched in 30 days</source>
        <translation>Médiane des jours depuis la dernière interaction&#xa0;; %1 comptes sans interaction depuis 30 jours</translation>
    </message>
    <message>
        <source>Starting ARR %1 (%2 accounts)
+ expansion %3
− contraction %4
− churn %5
New %6 · reactivated %7 (not in NRR)</source>
        <translation>ARR de départ %1 (%2 comptes)
+ expansion %3
− contraction %4
− attrition %5
Nouveaux %6 · réactivés %7 (hors NRR)</translation>
    </message>
    <message>
        <source>%1 accounts left out: no exchange rate for their currency</source>
        <translation>%1 comptes exclus&#xa0;: pas de taux de change pour leur devise</translation>
    </message>
    <message>
        <source>%1 accounts started in the period, %2 reached first value</source>
        <translation>%1 comptes démarrés sur la période, %2 ont atteint la première valeur</translation>
    </message>
    <message>
        <source>ARR of accounts in the red band</source>
        <translation>ARR des comptes en zone rouge</translation>
    </message>
    <message>
        <source>High-touch accounts with a QBR in the last 90 days</source>
        <translation>Comptes high-touch ayant eu un QBR ces 90 derniers jours</translation>
    </message>
    <message>
        <source>Median days since the last touch</source>
        <translation>Médiane des jours depuis la dernière interaction</translation>
    </message>
    <message>
        <source>Net revenue retention over the period</source>
        <translation>Rétention nette du revenu (NRR) sur la période</translation>
    </message>
    <message>
        <source>Gross revenue retention over the period</source>
        <translation>Rétention brute du revenu (GRR) sur la période</translation>
    </message>
    <message>
        <source>Median days from contract start to first value, for accounts started in the period</source>
        <translation>Médiane des jours entre le début du contrat et la première valeur, pour les comptes démarrés sur la période</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR à risque</translation>
    </message>
    <message>
        <source>Renew ≤30 d</source>
        <translation>Renouv. ≤30 j</translation>
    </message>
    <message>
        <source>31–60 d</source>
        <translation>31–60 j</translation>
    </message>
    <message>
        <source>61–90 d</source>
        <translation>61–90 j</translation>
    </message>
    <message>
        <source>91–120 d</source>
        <translation>91–120 j</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Étapes en retard</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>Couverture QBR</translation>
    </message>
    <message>
        <source>Days since touch</source>
        <translation>Jours sans interaction</translation>
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
        <translation>Délai d’obtention de valeur</translation>
    </message>
</context>
<context>
    <name>csm::PortfolioWindow</name>
    <message>
        <source>Team Portfolio — CSM Workbench</source>
        <translation>Portefeuille d’équipe — CSM Workbench</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Dernier trimestre</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Devise de restitution</translation>
    </message>
    <message>
        <source>Figures by CSM</source>
        <translation>Chiffres par CSM</translation>
    </message>
    <message>
        <source>Figures by segment</source>
        <translation>Chiffres par segment</translation>
    </message>
    <message>
        <source>Accounts behind the figure</source>
        <translation>Comptes derrière le chiffre</translation>
    </message>
    <message>
        <source>Portfolio chart</source>
        <translation>Graphique du portefeuille d’équipe</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Health mix by ARR</source>
        <translation>Répartition de la santé par ARR</translation>
    </message>
    <message>
        <source>Health mix by accounts</source>
        <translation>Répartition de la santé par comptes</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>ARR à risque</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>Renouvellements à venir</translation>
    </message>
    <message>
        <source>Overdue playbook steps</source>
        <translation>Étapes de playbook en retard</translation>
    </message>
    <message>
        <source>QBR coverage</source>
        <translation>Couverture QBR</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Jours depuis la dernière interaction</translation>
    </message>
    <message>
        <source>NRR and GRR</source>
        <translation>NRR et GRR</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Délai d’obtention de valeur</translation>
    </message>
    <message>
        <source>Chart grouping</source>
        <translation>Regroupement du graphique</translation>
    </message>
    <message>
        <source>By CSM</source>
        <translation>Par CSM</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Par segment</translation>
    </message>
    <message>
        <source>Click a figure to see the accounts behind it.</source>
        <translation>Cliquez sur un chiffre pour voir les comptes derrière lui.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable d’équipe</translation>
    </message>
    <message>
        <source>Team books</source>
        <translation>Portefeuilles de l’équipe</translation>
    </message>
    <message>
        <source>Team Books</source>
        <translation>Portefeuilles de l’équipe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: a newer export of %2&apos;s book (%3) is already open; kept that one.</source>
        <translation>%1&#xa0;: un export plus récent du portefeuille de %2 (%3) est déjà ouvert&#xa0;; il a été conservé.</translation>
    </message>
    <message>
        <source>%1 books open, %2 could not be opened.</source>
        <translation>%1 portefeuilles ouverts, %2 n’ont pas pu être ouverts.</translation>
    </message>
    <message>
        <source>Portfolio Review</source>
        <translation>Revue de portefeuille</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille d’équipe</translation>
    </message>
    <message>
        <source>Add Books…</source>
        <translation>Ajouter des portefeuilles…</translation>
    </message>
    <message>
        <source>Open Team Books</source>
        <translation>Ouvrir les portefeuilles de l’équipe</translation>
    </message>
    <message>
        <source>CSM Workbench books (*.csmbook *.sqlite);;All files (*)</source>
        <translation>Portefeuilles CSM Workbench (*.csmbook *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Open a Folder of Team Books</source>
        <translation>Ouvrir un dossier de portefeuilles d’équipe</translation>
    </message>
    <message>
        <source>Load Demo Team</source>
        <translation>Charger l’équipe de démo</translation>
    </message>
    <message>
        <source>Remove Book</source>
        <translation>Retirer le portefeuille</translation>
    </message>
    <message>
        <source> Period: </source>
        <translation> Période&#xa0;: </translation>
    </message>
    <message>
        <source> Segment: </source>
        <translation> Segment&#xa0;: </translation>
    </message>
    <message>
        <source> CSM: </source>
        <translation> CSM&#xa0;: </translation>
    </message>
    <message>
        <source> Currency: </source>
        <translation> Devise&#xa0;: </translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <source>Export Review PDF…</source>
        <translation>Exporter la revue en PDF…</translation>
    </message>
    <message>
        <source>Export Portfolio Review</source>
        <translation>Exporter la revue de portefeuille</translation>
    </message>
    <message>
        <source>Portfolio review %1.pdf</source>
        <translation>Revue de portefeuille %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No book files there (*.csmbook, *.sqlite).</source>
        <translation>Aucun fichier de portefeuille à cet endroit (*.csmbook, *.sqlite).</translation>
    </message>
    <message>
        <source>Opening %1 books…</source>
        <translation>Ouverture de %1 portefeuilles…</translation>
    </message>
    <message>
        <source>Opened %1 of %2 books…</source>
        <translation>%1 portefeuilles ouverts sur %2…</translation>
    </message>
    <message>
        <source>Could not remember the team books: %1</source>
        <translation>Impossible de mémoriser les portefeuilles de l’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing a demo team of five CSMs…</source>
        <translation>Écriture d’une équipe de démo de cinq CSM…</translation>
    </message>
    <message>
        <source>Demo Team</source>
        <translation>Équipe de démo</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 demo books…</source>
        <translation>%1 portefeuilles de démo écrits sur %2…</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>Tous les CSM</translation>
    </message>
    <message>
        <source>%1 CSMs · %2 accounts · ARR %3 · at risk %4 · NRR %5 · GRR %6 (%7 to %8)</source>
        <translation>%1 CSM · %2 comptes · ARR %3 · à risque %4 · NRR %5 · GRR %6 (du %7 au %8)</translation>
    </message>
    <message>
        <source>%1 — %2 accounts (double-click one to open it in the CSM&apos;s book)</source>
        <translation>%1 — %2 comptes (double-cliquez sur un compte pour l’ouvrir dans le portefeuille du CSM)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is a former customer: it is no longer in %2&apos;s book list.</source>
        <translation>%1 est un ancien client&#xa0;: il ne figure plus dans la liste du portefeuille de %2.</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>What one unit of each currency is worth in %1, as CODE=RATE separated by semicolons:</source>
        <translation>Ce que vaut une unité de chaque devise en %1, sous la forme CODE=TAUX séparés par des points-virgules&#xa0;:</translation>
    </message>
    <message>
        <source>Writing the portfolio review…</source>
        <translation>Écriture de la revue de portefeuille…</translation>
    </message>
    <message>
        <source>Portfolio review</source>
        <translation>Revue de portefeuille</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>milliers (%1)</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>≤30 days</source>
        <translation>≤30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <source>91–120 days</source>
        <translation>91–120 jours</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>Median days since last touch</source>
        <translation>Médiane des jours depuis la dernière interaction</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
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
        <translation>Médiane des jours jusqu’à la première valeur</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Export Comments for CSM…</source>
        <translation>Exporter les commentaires pour le CSM…</translation>
    </message>
    <message>
        <source>Export Comments</source>
        <translation>Exporter les commentaires</translation>
    </message>
    <message>
        <source>Choose a CSM first (the CSM filter or the Team Books list).</source>
        <translation>Choisissez d’abord un CSM (le filtre CSM ou la liste des portefeuilles de l’équipe).</translation>
    </message>
    <message>
        <source>Export Review Comments</source>
        <translation>Exporter les commentaires de revue</translation>
    </message>
    <message>
        <source>Review comments for %1.json</source>
        <translation>Commentaires de revue pour %1.json</translation>
    </message>
    <message>
        <source>Review comments (*.json)</source>
        <translation>Commentaires de revue (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1 comments for %2 to %3</source>
        <translation>%1 commentaires pour %2 écrits dans %3</translation>
    </message>
    <message>
        <source>Add My Book by Owner</source>
        <translation>Ajouter mon portefeuille par propriétaire</translation>
    </message>
    <message>
        <source>Your own book, synced from the CRM for the team, compared owner by owner</source>
        <translation>Votre propre portefeuille, synchronisé depuis le CRM pour l’équipe, comparé propriétaire par propriétaire</translation>
    </message>
</context>
<context>
    <name>csm::QuickOpenModel</name>
    <message>
        <source>%1 ARR</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>renouvellement le %1</translation>
    </message>
    <message>
        <source>%1, account, health %2, %3</source>
        <translation>%1, compte, santé %2, %3</translation>
    </message>
    <message>
        <source>%1, command</source>
        <translation>%1, commande</translation>
    </message>
    <message>
        <source>%1, command, %2</source>
        <translation>%1, commande, %2</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>New review comment</source>
        <translation>Nouveau commentaire de revue</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <source>Playbook run: %1</source>
        <translation>Exécution de playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the comment is about</source>
        <translation>Sujet du commentaire</translation>
    </message>
    <message>
        <source>What should the CSM know or do?</source>
        <translation>Que doit savoir ou faire le CSM&#xa0;?</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <source>Comment from</source>
        <translation>Auteur du commentaire</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentStore</name>
    <message>
        <source>A review comment needs some text.</source>
        <translation>Un commentaire de revue doit contenir du texte.</translation>
    </message>
    <message>
        <source>A review comment needs an author.</source>
        <translation>Un commentaire de revue doit avoir un auteur.</translation>
    </message>
    <message>
        <source>A review comment needs the CRM id of its account.</source>
        <translation>Un commentaire de revue doit avoir l’ID CRM de son compte.</translation>
    </message>
    <message>
        <source>cannot store the review comment</source>
        <translation>impossible d’enregistrer le commentaire de revue</translation>
    </message>
    <message>
        <source>cannot read the account&apos;s review comments</source>
        <translation>impossible de lire les commentaires de revue du compte</translation>
    </message>
    <message>
        <source>cannot read the book&apos;s review comments</source>
        <translation>impossible de lire les commentaires de revue du portefeuille</translation>
    </message>
    <message>
        <source>cannot remove the review comment</source>
        <translation>impossible de supprimer le commentaire de revue</translation>
    </message>
    <message>
        <source>There is no review comment %1.</source>
        <translation>Le commentaire de revue %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no review comments.</source>
        <translation>%1 est vide&#xa0;; il ne contient aucun commentaire de revue.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a review comments file (its &quot;format&quot; is not &quot;%2&quot;).</source>
        <translation>%1 n’est pas un fichier de commentaires de revue (son &quot;format&quot; n’est pas &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 has no valid review comments &quot;version&quot;.</source>
        <translation>%1 n’a pas de &quot;version&quot; de commentaires de revue valide.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CSM Workbench (review comments version %2; this version reads up to %3). Nothing was imported.</source>
        <translation>%1 a été écrit par une version plus récente de CSM Workbench (commentaires de revue en version %2&#xa0;; cette version lit jusqu’à la version %3). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 has no &quot;comments&quot; list.</source>
        <translation>%1 n’a pas de liste &quot;comments&quot;.</translation>
    </message>
    <message>
        <source>comment %1: %2</source>
        <translation>commentaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text that is not empty</source>
        <translation>&quot;%1&quot; doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; doit être du texte</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; must be a date and time like 2026-11-25T09:30:00Z</source>
        <translation>&quot;created_at&quot; doit être une date et heure comme 2026-11-25T09:30:00Z</translation>
    </message>
    <message>
        <source>&quot;run_id&quot; must be a whole number or null</source>
        <translation>&quot;run_id&quot; doit être un nombre entier ou null</translation>
    </message>
    <message>
        <source>cannot look up the account of a review comment</source>
        <translation>impossible de trouver le compte d’un commentaire de revue</translation>
    </message>
    <message>
        <source>cannot store a review comment</source>
        <translation>impossible d’enregistrer un commentaire de revue</translation>
    </message>
</context>
<context>
    <name>csm::ReviewCommentsPanel</name>
    <message>
        <source>No review comments on this account yet.</source>
        <translation>Pas encore de commentaire de revue sur ce compte.</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Ajouter un &amp;commentaire…</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de revue</translation>
    </message>
    <message>
        <source>Account commented on</source>
        <translation>Compte commenté</translation>
    </message>
    <message>
        <source>No review comments</source>
        <translation>Aucun commentaire de revue</translation>
    </message>
    <message>
        <source>Review comments problem</source>
        <translation>Problème de commentaires de revue</translation>
    </message>
    <message>
        <source>Add a review comment</source>
        <translation>Ajouter un commentaire de revue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Review comments on the account</source>
        <translation>Commentaires de revue sur le compte</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Commentaires sur %1</translation>
    </message>
    <message>
        <source>Playbook run: %1</source>
        <translation>Exécution de playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <source>%1, from %2: %3</source>
        <translation>%1, de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The comment was not saved: %1</source>
        <translation>Le commentaire n’a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>csm::SalesforceConnector</name>
    <message>
        <source>Instance address</source>
        <translation>Adresse de l’instance</translation>
    </message>
    <message>
        <source>The instance_url of the org, such as https://yourcompany.my.salesforce.com</source>
        <translation>L’instance_url de l’organisation, par exemple https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>Such as v59.0</source>
        <translation>Par exemple v59.0</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>For Sign In with Browser: https://login.salesforce.com, test.salesforce.com for sandboxes, or My Domain</source>
        <translation>Pour Se connecter via le navigateur&#xa0;: https://login.salesforce.com, test.salesforce.com pour les sandbox, ou My Domain</translation>
    </message>
    <message>
        <source>ARR field</source>
        <translation>Champ ARR</translation>
    </message>
    <message>
        <source>The Account field holding ARR (API name)</source>
        <translation>Le champ d’Account contenant l’ARR (nom d’API)</translation>
    </message>
    <message>
        <source>Renewal date field</source>
        <translation>Champ de date de renouvellement</translation>
    </message>
    <message>
        <source>An Account date field (API name)</source>
        <translation>Un champ date d’Account (nom d’API)</translation>
    </message>
    <message>
        <source>Contract start field</source>
        <translation>Champ de début de contrat</translation>
    </message>
    <message>
        <source>Lifecycle stage field</source>
        <translation>Champ de phase du cycle de vie</translation>
    </message>
    <message>
        <source>An Account field holding Onboarding, Adoption, Expansion, Renewal or Advocacy</source>
        <translation>Un champ d’Account contenant Onboarding, Adoption, Expansion, Renewal ou Advocacy</translation>
    </message>
    <message>
        <source>Currency field</source>
        <translation>Champ de devise</translation>
    </message>
    <message>
        <source>CurrencyIsoCode in orgs with several currencies; empty: every amount is in USD</source>
        <translation>CurrencyIsoCode dans les organisations multidevises&#xa0;; vide&#xa0;: tous les montants sont en USD</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Enregistrements par page</translation>
    </message>
    <message>
        <source>200 to 2000</source>
        <translation>200 à 2000</translation>
    </message>
    <message>
        <source>Timeout per request (ms)</source>
        <translation>Délai d’attente par requête (ms)</translation>
    </message>
    <message>
        <source>Retries per request</source>
        <translation>Nouvelles tentatives par requête</translation>
    </message>
    <message>
        <source>First retry after (ms)</source>
        <translation>Première nouvelle tentative après (ms)</translation>
    </message>
    <message>
        <source>Salesforce needs the org&apos;s instance address (its instance_url), such as https://yourcompany.my.salesforce.com</source>
        <translation>Salesforce nécessite l’adresse de l’instance de l’organisation (son instance_url), par exemple https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>Salesforce needs an OAuth access token of a connected app</source>
        <translation>Salesforce nécessite un jeton d’accès OAuth d’une application connectée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API version such as v59.0</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une version d’API Salesforce comme v59.0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce field&apos;s API name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’API de champ Salesforce</translation>
    </message>
    <message>
        <source>Salesforce refused GET %1 (HTTP %2: %3)</source>
        <translation>Salesforce a refusé GET %1 (HTTP %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Check that the fields the connection&apos;s settings name exist in this org, by their API names (such as Renewal_Date__c)</source>
        <translation>Vérifiez que les champs nommés dans les paramètres de la connexion existent dans cette organisation, sous leur nom d’API (comme Renewal_Date__c)</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with something that is not a JSON object (%2 at byte %3); nothing of it was applied</source>
        <translation>Salesforce a répondu à %1 par autre chose qu’un objet JSON (%2 à l’octet %3)&#xa0;; rien n’en a été appliqué</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with JSON that is not a JSON object; nothing of it was applied</source>
        <translation>Salesforce a répondu à %1 par du JSON qui n’est pas un objet JSON&#xa0;; rien n’en a été appliqué</translation>
    </message>
    <message>
        <source>a record that is not a JSON object</source>
        <translation>un enregistrement qui n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>a record without an Id</source>
        <translation>un enregistrement sans Id</translation>
    </message>
    <message>
        <source>its SystemModstamp &apos;%1&apos; is not a timestamp</source>
        <translation>son SystemModstamp «&#xa0;%1&#xa0;» n’est pas un horodatage</translation>
    </message>
    <message>
        <source>no name (a required field)</source>
        <translation>pas de nom (un champ obligatoire)</translation>
    </message>
    <message>
        <source>ARR &apos;%1&apos; is not a number</source>
        <translation>l’ARR «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>neither a name nor an email</source>
        <translation>ni nom ni e-mail</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer for %1 has no list of records; nothing of it was applied</source>
        <translation>La réponse de Salesforce pour %1 n’a pas de liste d’enregistrements&#xa0;; rien n’en a été appliqué</translation>
    </message>
    <message>
        <source>Salesforce said more %1 follow but sent no nextRecordsUrl; nothing of the page was applied</source>
        <translation>Salesforce a annoncé d’autres %1 mais n’a pas envoyé de nextRecordsUrl&#xa0;; rien de la page n’a été appliqué</translation>
    </message>
    <message>
        <source>Salesforce sent the next page of %1 on another host (%2); it was not followed, and nothing of the page was applied</source>
        <translation>Salesforce a envoyé la page suivante de %1 sur un autre hôte (%2)&#xa0;; elle n’a pas été suivie, et rien de la page n’a été appliqué</translation>
    </message>
    <message>
        <source>Salesforce write-back covers accounts only</source>
        <translation>La réécriture vers Salesforce ne couvre que les comptes</translation>
    </message>
    <message>
        <source>Create the custom fields %1 on Account in Salesforce Setup (Object Manager, Account, Fields &amp; Relationships) and give the connected app&apos;s user access to them; the REST API cannot create fields.</source>
        <translation>Créez les champs personnalisés %1 sur Account dans Salesforce Setup (Object Manager, Account, Fields &amp; Relationships) et donnez-y accès à l’utilisateur de l’application connectée&#xa0;; l’API REST ne peut pas créer de champs.</translation>
    </message>
    <message>
        <source>Salesforce has no field for %1</source>
        <translation>Salesforce n’a pas de champ pour %1</translation>
    </message>
    <message>
        <source>Salesforce refused PATCH %1 (HTTP %2: %3)</source>
        <translation>Salesforce a refusé PATCH %1 (HTTP %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Salesforce answered %1 with something that is not a JSON array of results; whether the updates were written is unknown</source>
        <translation>Salesforce a répondu à %1 par autre chose qu’un tableau JSON de résultats&#xa0;; on ne sait pas si les mises à jour ont été écrites</translation>
    </message>
    <message>
        <source>no result for it</source>
        <translation>aucun résultat le concernant</translation>
    </message>
    <message>
        <source>Salesforce did not take it: %1</source>
        <translation>Salesforce ne l’a pas accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Salesforce did not take %1 of the %2 updates: %3</source>
        <translation>Salesforce n’a pas accepté %1 des %2 mises à jour&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>csm::SecretStore</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not take the token (%1); it is kept until the app closes and must be entered again after that</source>
        <translation>Le trousseau n’a pas accepté le jeton (%1)&#xa0;; il est conservé jusqu’à la fermeture de l’application et devra être saisi à nouveau ensuite</translation>
    </message>
    <message>
        <source>The keychain could not remove the token: %1</source>
        <translation>Le trousseau n’a pas pu supprimer le jeton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>csm::SegmentCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 en %2</translation>
    </message>
    <message>
        <source>Return %1 to automatic segment</source>
        <translation>Remettre %1 en segment automatique</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesDialog</name>
    <message>
        <source>Segmentation Rules</source>
        <translation>Règles de segmentation</translation>
    </message>
</context>
<context>
    <name>csm::SegmentationRulesEditor</name>
    <message>
        <source>By share of the book, ranked by ARR</source>
        <translation>Par part du portefeuille, classée par ARR</translation>
    </message>
    <message>
        <source>By ARR thresholds</source>
        <translation>Par seuils d’ARR</translation>
    </message>
    <message>
        <source>High-touch share</source>
        <translation>Part high-touch</translation>
    </message>
    <message>
        <source>Mid-touch share</source>
        <translation>Part mid-touch</translation>
    </message>
    <message>
        <source>High-touch minimum ARR</source>
        <translation>ARR minimum high-touch</translation>
    </message>
    <message>
        <source>Mid-touch minimum ARR</source>
        <translation>ARR minimum mid-touch</translation>
    </message>
    <message>
        <source>High-touch: top</source>
        <translation>High-touch&#xa0;: les premiers</translation>
    </message>
    <message>
        <source>Mid-touch: next</source>
        <translation>Mid-touch&#xa0;: les suivants</translation>
    </message>
    <message>
        <source>Tech-touch: the rest.</source>
        <translation>Tech-touch&#xa0;: le reste.</translation>
    </message>
    <message>
        <source>High-touch from ARR</source>
        <translation>High-touch à partir d’un ARR de</translation>
    </message>
    <message>
        <source>Mid-touch from ARR</source>
        <translation>Mid-touch à partir d’un ARR de</translation>
    </message>
    <message>
        <source>Accounts with a segment set by hand keep it.</source>
        <translation>Les comptes dont le segment est défini manuellement le conservent.</translation>
    </message>
</context>
<context>
    <name>csm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Settings of the app, whichever book is open.</source>
        <translation>Paramètres de l’application, quel que soit le portefeuille ouvert.</translation>
    </message>
    <message>
        <source>CRM Connections</source>
        <translation>Connexions CRM</translation>
    </message>
    <message>
        <source>The CRMs this book syncs with: where each one is, and when it last synced.</source>
        <translation>Les CRM avec lesquels ce portefeuille se synchronise&#xa0;: où se trouve chacun, et quand il s’est synchronisé pour la dernière fois.</translation>
    </message>
    <message>
        <source>Open a book to edit its segment rules: each book keeps its own.</source>
        <translation>Ouvrez un portefeuille pour modifier ses règles de segmentation&#xa0;: chaque portefeuille a les siennes.</translation>
    </message>
    <message>
        <source>Open a book to edit its health model and bands: each book keeps its own.</source>
        <translation>Ouvrez un portefeuille pour modifier son modèle de santé et ses zones&#xa0;: chaque portefeuille a les siens.</translation>
    </message>
    <message>
        <source>Open a book to see and edit its CRM connections: each book keeps its own.</source>
        <translation>Ouvrez un portefeuille pour voir et modifier ses connexions CRM&#xa0;: chaque portefeuille a les siennes.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its segment rules are shown but cannot be changed.</source>
        <translation>Ce portefeuille est ouvert en lecture seule (portefeuille d’un membre de l’équipe)&#xa0;: ses règles de segmentation sont affichées mais ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its health model is shown but cannot be changed.</source>
        <translation>Ce portefeuille est ouvert en lecture seule (portefeuille d’un membre de l’équipe)&#xa0;: son modèle de santé est affiché mais ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This book is open read-only (a team member&apos;s book): its CRM connections are shown but cannot be changed.</source>
        <translation>Ce portefeuille est ouvert en lecture seule (portefeuille d’un membre de l’équipe)&#xa0;: ses connexions CRM sont affichées mais ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>How the accounts of this book are split into high-, mid- and tech-touch. Saving recomputes every segment not set by hand.</source>
        <translation>Comment les comptes de ce portefeuille sont répartis en high-touch, mid-touch et tech-touch. L’enregistrement recalcule chaque segment non défini manuellement.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>The measures, weights and bands that score this book&apos;s accounts, with the effect of a change before it is saved. Saving rescores every account.</source>
        <translation>Les mesures, poids et zones qui évaluent les comptes de ce portefeuille, avec l’effet d’une modification avant son enregistrement. L’enregistrement recalcule le score de chaque compte.</translation>
    </message>
    <message>
        <source>The book was closed.</source>
        <translation>Le portefeuille a été fermé.</translation>
    </message>
    <message>
        <source>The book is busy with another task (see the status bar); press OK again when it has finished.</source>
        <translation>Le portefeuille est occupé par une autre tâche (voir la barre d’état)&#xa0;; appuyez de nouveau sur OK une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>Copy the book</source>
        <translation>Copier le portefeuille</translation>
    </message>
    <message>
        <source>Copied the book to %1; it opens there the next time CSM Workbench starts.</source>
        <translation>Portefeuille copié vers %1&#xa0;; il s’y ouvrira au prochain démarrage de CSM Workbench.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed segment</source>
        <translation>
            <numerusform>%n compte a changé de segment</numerusform>
            <numerusform>%n comptes ont changé de segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed health band</source>
        <translation>
            <numerusform>%n compte a changé de zone de santé</numerusform>
            <numerusform>%n comptes ont changé de zone de santé</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved: %1.</source>
        <translation>Paramètres enregistrés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>csm::SettingsPage</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
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
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Pull what changed in the CRM and write back what changed here</source>
        <translation>Récupérer ce qui a changé dans le CRM et y écrire ce qui a changé ici</translation>
    </message>
    <message>
        <source>&amp;Connections and Sync Log…</source>
        <translation>&amp;Connexions et journal de synchro…</translation>
    </message>
    <message>
        <source>Review C&amp;onflicts…</source>
        <translation>Examiner les c&amp;onflits…</translation>
    </message>
    <message>
        <source>Show &amp;My Accounts Only</source>
        <translation>Afficher &amp;mes comptes uniquement</translation>
    </message>
    <message>
        <source>Choose Who I &amp;Am…</source>
        <translation>Choisir &amp;qui je suis…</translation>
    </message>
    <message>
        <source>My Accounts</source>
        <translation>Mes comptes</translation>
    </message>
    <message>
        <source>Which owner are you?</source>
        <translation>Quel propriétaire êtes-vous&#xa0;?</translation>
    </message>
</context>
<context>
    <name>csm::SyncDialog</name>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>CRM Sync</source>
        <translation>Synchronisation CRM</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onnexion&#xa0;:</translation>
    </message>
    <message>
        <source>CRM connection</source>
        <translation>Connexion CRM</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Annuler la synchro</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>%1 synchronisés</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>Records skipped by the run</source>
        <translation>Enregistrements ignorés par la synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;Log</source>
        <translation>&amp;Journal de synchro</translation>
    </message>
    <message>
        <source>Fields the CRM owns that were edited here. They are written to the CRM by the next sync, unless the CRM changed them too: then choose which value stays.</source>
        <translation>Champs appartenant au CRM qui ont été modifiés ici. Ils sont écrits dans le CRM à la prochaine synchronisation, sauf si le CRM les a aussi modifiés&#xa0;: choisissez alors la valeur à garder.</translation>
    </message>
    <message>
        <source>Edits and conflicts</source>
        <translation>Modifications et conflits</translation>
    </message>
    <message>
        <source>&amp;Keep Your Value</source>
        <translation>&amp;Garder votre valeur</translation>
    </message>
    <message>
        <source>The next sync writes your value to the CRM</source>
        <translation>La prochaine synchronisation écrit votre valeur dans le CRM</translation>
    </message>
    <message>
        <source>&amp;Take the CRM&apos;s Value</source>
        <translation>&amp;Prendre la valeur du CRM</translation>
    </message>
    <message>
        <source>Your value is replaced by the CRM&apos;s</source>
        <translation>Votre valeur est remplacée par celle du CRM</translation>
    </message>
    <message>
        <source>&amp;Go to Account</source>
        <translation>&amp;Voir le compte</translation>
    </message>
    <message>
        <source>&amp;Conflicts and Edits</source>
        <translation>&amp;Conflits et modifications</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1) and Edits</source>
        <translation>&amp;Conflits (%1) et modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n enregistrement ignoré&#xa0;:</numerusform>
            <numerusform>%n enregistrements ignorés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Withdraw Your Edit</source>
        <translation>A&amp;nnuler votre modification</translation>
    </message>
    <message>
        <source>Add a CRM connection first.</source>
        <translation>Ajoutez d’abord une connexion CRM.</translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not installed.</source>
        <translation>Le connecteur «&#xa0;%1&#xa0;» n’est pas installé.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Lecture du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>No token is stored for %1: edit the connection to enter it.</source>
        <translation>Aucun jeton n’est enregistré pour %1&#xa0;: modifiez la connexion pour le saisir.</translation>
    </message>
    <message>
        <source>The book is busy; sync when the current work is done.</source>
        <translation>Le portefeuille est occupé&#xa0;; synchronisez quand le travail en cours sera terminé.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>Synced: %1 created, %2 updated, %3 deleted, %4 skipped, %5 written back, %6 conflicts.</source>
        <translation>Synchronisé&#xa0;: %1 créés, %2 mis à jour, %3 supprimés, %4 ignorés, %5 réécrits, %6 conflits.</translation>
    </message>
    <message>
        <source>Cancelling after the page being stored…</source>
        <translation>Annulation après l’enregistrement de la page en cours…</translation>
    </message>
    <message>
        <source>CRM Connection</source>
        <translation>Connexion CRM</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Retirer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection %1, its sync log and its token? The accounts it brought stay in the book.</source>
        <translation>Retirer la connexion %1, son journal de synchro et son jeton&#xa0;? Les comptes qu’elle a apportés restent dans le portefeuille.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Your value stays; the next sync writes it to the CRM.</source>
        <translation>Votre valeur est conservée&#xa0;; la prochaine synchronisation l’écrira dans le CRM.</translation>
    </message>
    <message>
        <source>The CRM&apos;s value is back.</source>
        <translation>La valeur du CRM est rétablie.</translation>
    </message>
</context>
<context>
    <name>csm::SyncEngine</name>
    <message>
        <source>Cancelled; every page applied so far is kept and the next sync goes on from there.</source>
        <translation>Annulé&#xa0;; chaque page appliquée jusqu’ici est conservée et la prochaine synchronisation reprend à partir de là.</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1 (lors de la lecture de %2)</translation>
    </message>
    <message>
        <source>Could not store a page of %1: %2</source>
        <translation>Impossible d’enregistrer une page de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not apply the records that waited for their company: %1</source>
        <translation>Impossible d’appliquer les enregistrements qui attendaient leur entreprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced, but the segments could not be recomputed: %1</source>
        <translation>Synchronisé, mais les segments n’ont pas pu être recalculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled while writing back; every change pulled is kept, and what was not written yet is written by the next sync.</source>
        <translation>Annulé pendant la réécriture&#xa0;; toutes les modifications récupérées sont conservées, et ce qui n’a pas encore été écrit le sera à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Pulled every change, but writing back failed: %1</source>
        <translation>Toutes les modifications ont été récupérées, mais la réécriture a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not read the book&apos;s CRM ids: %1</source>
        <translation>impossible de lire les ID CRM du portefeuille&#xa0;: %1</translation>
    </message>
    <message>
        <source>company %1: %2</source>
        <translation>entreprise %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not associated with a company</source>
        <translation>non associé à une entreprise</translation>
    </message>
    <message>
        <source>its company %1 is not in the book yet; kept, and applied when the company arrives</source>
        <translation>son entreprise %1 n’est pas encore dans le portefeuille&#xa0;; conservé, et appliqué à l’arrivée de l’entreprise</translation>
    </message>
    <message>
        <source>contact %1: %2</source>
        <translation>contact %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>deal %1: %2</source>
        <translation>opportunité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the owner &apos;%1&apos; is not a user of the CRM; the edit waits</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n’est pas un utilisateur du CRM&#xa0;; la modification attend</translation>
    </message>
    <message>
        <source>cancelled while writing back; what was written is remembered</source>
        <translation>annulé pendant la réécriture&#xa0;; ce qui a été écrit est mémorisé</translation>
    </message>
    <message>
        <source>Could not store the last pages read: %1</source>
        <translation>Impossible d&apos;enregistrer les dernières pages lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>csm::SyncIssuesModel</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sans id)</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Raison de l’exclusion</translation>
    </message>
</context>
<context>
    <name>csm::SyncJob</name>
    <message>
        <source>Syncing %1</source>
        <translation>Synchronisation de %1</translation>
    </message>
    <message>
        <source>The book was closed during the sync; every page stored is kept.</source>
        <translation>Le portefeuille a été fermé pendant la synchronisation&#xa0;; chaque page enregistrée est conservée.</translation>
    </message>
    <message>
        <source>The connector &apos;%1&apos; is not installed</source>
        <translation>Le connecteur «&#xa0;%1&#xa0;» n’est pas installé</translation>
    </message>
    <message>
        <source>Synced %1: %2 created, %3 updated, %4 deleted, %5 skipped, %6 written back, %7 conflicts</source>
        <translation>%1 synchronisé&#xa0;: %2 créés, %3 mis à jour, %4 supprimés, %5 ignorés, %6 réécrits, %7 conflits</translation>
    </message>
</context>
<context>
    <name>csm::SyncRunsModel</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>En cours ou interrompue</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Written back</source>
        <translation>Réécrits</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>csm::TeamBooksModel</name>
    <message>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>csm::TicketTrendChart</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Support tickets opened per month by priority</source>
        <translation>Tickets de support ouverts par mois et par priorité</translation>
    </message>
    <message>
        <source>No tickets in the last six months</source>
        <translation>Aucun ticket au cours des six derniers mois</translation>
    </message>
</context>
<context>
    <name>csm::TimelineView</name>
    <message>
        <source>Account timeline</source>
        <translation>Chronologie du compte</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Entrées de la chronologie</translation>
    </message>
</context>
<context>
    <name>csm::TodayModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Playbook&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
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
        <translation>&amp;Ouvrir le compte</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme fai&amp;t</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Échéances du jour et en retard</translation>
    </message>
    <message>
        <source>And the next 7 days</source>
        <translation>Et les 7 prochains jours</translation>
    </message>
    <message>
        <source>And the next 30 days</source>
        <translation>Et les 30 prochains jours</translation>
    </message>
    <message>
        <source>How far ahead</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Due and overdue work</source>
        <translation>Tâches à faire et en retard</translation>
    </message>
    <message>
        <source>Mark the selected item done (Ctrl+D); Edit ▸ Undo takes it back</source>
        <translation>Marquer l’élément sélectionné comme fait (Ctrl+D)&#xa0;; Édition ▸ Annuler revient en arrière</translation>
    </message>
    <message>
        <source>Could not read what is due: %1</source>
        <translation>Impossible de lire les échéances&#xa0;: %1</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>Aucun portefeuille n’est ouvert.</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>Rien à faire. Bravo.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n élément à faire</numerusform>
            <numerusform>%n éléments à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::UsageChart</name>
    <message>
        <source>Usage trend: active users and licensed seats</source>
        <translation>Tendance d’usage&#xa0;: utilisateurs actifs et licences</translation>
    </message>
    <message>
        <source>No usage recorded</source>
        <translation>Aucun usage enregistré</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Licensed seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Week of %1: %2 active of %3 seats</source>
        <translation>Semaine du %1&#xa0;: %2 actifs sur %3 licences</translation>
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
        <translation>Guide de l’utilisateur de CSM Workbench</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for customer success managers.</source>
        <translation>Un atelier de travail pour les Customer Success Managers.</translation>
    </message>
    <message>
        <source>Open the book at &lt;path&gt;.</source>
        <translation>Ouvrir le portefeuille situé à &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Do not offer the demo book.</source>
        <translation>Ne pas proposer le portefeuille de démo.</translation>
    </message>
    <message>
        <source>CSM Workbench</source>
        <translation>CSM Workbench</translation>
    </message>
    <message>
        <source>Could not open the book:
%1</source>
        <translation>Impossible d’ouvrir le portefeuille&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Show the app in &lt;language&gt; (%1) for this run; Edit ▸ Settings keeps a choice.</source>
        <translation>Afficher l’application en &lt;language&gt; (%1) pour cette exécution&#xa0;; Édition ▸ Paramètres conserve un choix.</translation>
    </message>
    <message>
        <source>There is no translation into &apos;%1&apos;; choose one of %2.</source>
        <translation>Il n’existe pas de traduction en «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Could not open the book chosen in Settings:
%1

The book in the app&apos;s own folder opens instead.</source>
        <translation>Impossible d’ouvrir le portefeuille choisi dans les Paramètres&#xa0;:
%1

Le portefeuille du dossier de l’application s’ouvre à la place.</translation>
    </message>
</context>
</TS>
