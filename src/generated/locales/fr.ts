
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0b9d9c6dad463e06': `Ces renseignements ont fait l'objet d'une révision médicale.`,
's154efc5eaa40ccf0': `Ils ne remplacent pas les conseils, le diagnostic ou le traitement d'un professionnel de la santé.`,
's2c5f6fba7b22ea4f': `Ces renseignements n'ont pas fait l'objet d'une révision médicale. Ils ne remplacent pas les conseils d'un professionnel de la santé.`,
's3073a68a39bd160a': `Ces renseignements ne remplacent pas les conseils d'un professionnel de la santé.`,
's35884e280a2caa80': `Les témoignages reflètent les points de vue et les expériences de leurs auteurs.`,
's489161442b21bf02': `Parlez de votre situation avec votre équipe soignante.`,
's5013d2fa007dae61': `Lire l'avis complet`,
's6da197292b2c5dcd': str`Ils ne représentent pas nécessairement la position de l'organisme ${0}.`,
's6f0a45f27935de08': `variant="reviewed" exige reviewed-by (le nom de la personne qui a fait la révision). La révision est affichée sans nom.`,
's73de8d8e93c1bbfb': `À propos des témoignages`,
's7d42417dacfce9ab': `Ils ne représentent pas nécessairement la position de l'organisme qui les publie.`,
'sad90d7ef1955bc80': `À propos de ces renseignements`,
'sba0ccb37fac7b64c': `Parlez toujours de vos objectifs et de votre plan de traitement avec votre équipe soignante.`,
'sbd1896c080f39ed9': `Ces renseignements généraux sur la santé vous sont offerts pour vous aider à comprendre.`,
'sbe4845f1f53d508c': str`L'organisme ${0} vous offre ces renseignements généraux sur la santé pour vous aider à comprendre.`,
'sc19b0ba369503696': str`${0} est déjà défini par une autre copie de patient-voice-widgets (version ${1}). Cette copie-ci (version ${2}) n'est pas utilisée pour cet élément. Chargez la bibliothèque une seule fois.`,
'sca95e3ad54d0d3bd': `Ce sont des renseignements généraux, qui ne remplacent pas les conseils, le diagnostic ou le traitement d'un professionnel de la santé.`,
'scf6167442eed27aa': str`${0}="${1}" n'est pas une valeur valide. Valeurs acceptées : ${2}. Valeur utilisée : « ${3} ».`,
'sd62b6f2819f2cb18': `Date de la révision :`,
'se5f5c1261aa91b50': str`Ces renseignements ont été révisés par ${0}.`,
'sebacafea035676da': str`reviewed-on="${0}" n'est pas une date au format AAAA-MM-JJ (par exemple 2026-03-31). La date n'est pas affichée.`,
    };
  