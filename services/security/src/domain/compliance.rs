//! Compliance views: which controls of a framework a finding concerns.
//!
//! Two steps, documented with their sources in docs/compliance.md:
//!
//! 1. A finding gets OWASP Top 10 2021 categories from its CWE — the CWE lists
//!    OWASP publishes for each category (also MITRE's CWE view 1344) — and from
//!    its kind: a vulnerable dependency or image is A06, a leaked secret A07
//!    (hard-coded credentials), an infrastructure-as-code finding A05.
//! 2. A framework's controls select findings by those categories, by specific
//!    CWEs, or all open vulnerabilities (the controls that require vulnerabilities
//!    to be identified and managed at all). PCI SSC, the AICPA and HHS publish no
//!    CWE mappings: this table is ours, made from the controls' texts.

use crate::domain::finding::Kind;

/// An OWASP Top 10 2021 category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// A01 Broken Access Control.
    A01,
    /// A02 Cryptographic Failures.
    A02,
    /// A03 Injection.
    A03,
    /// A04 Insecure Design.
    A04,
    /// A05 Security Misconfiguration.
    A05,
    /// A06 Vulnerable and Outdated Components.
    A06,
    /// A07 Identification and Authentication Failures.
    A07,
    /// A08 Software and Data Integrity Failures.
    A08,
    /// A09 Security Logging and Monitoring Failures.
    A09,
    /// A10 Server-Side Request Forgery.
    A10,
}

/// Each category with its title and the CWEs OWASP maps to it.
const OWASP_TOP10_2021: &[(Category, &str, &str, &[u32])] = &[
    (
        Category::A01,
        "A01:2021",
        "Broken Access Control",
        &[
            22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425, 441,
            497, 538, 540, 548, 552, 566, 601, 639, 651, 668, 706, 862, 863, 913, 922, 1275,
        ],
    ),
    (
        Category::A02,
        "A02:2021",
        "Cryptographic Failures",
        &[
            261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336,
            337, 338, 340, 347, 523, 720, 757, 759, 760, 780, 818, 916,
        ],
    ),
    (
        Category::A03,
        "A03:2021",
        "Injection",
        &[
            20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100,
            113, 116, 138, 184, 470, 471, 564, 610, 643, 644, 652, 917,
        ],
    ),
    (
        Category::A04,
        "A04:2021",
        "Insecure Design",
        &[
            73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434,
            444, 451, 472, 501, 522, 525, 539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799,
            807, 840, 841, 927, 1021, 1173,
        ],
    ),
    (
        Category::A05,
        "A05:2021",
        "Security Misconfiguration",
        &[
            2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004,
            1032, 1174,
        ],
    ),
    (
        Category::A06,
        "A06:2021",
        "Vulnerable and Outdated Components",
        &[937, 1035, 1104],
    ),
    (
        Category::A07,
        "A07:2021",
        "Identification and Authentication Failures",
        &[
            255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613,
            620, 640, 798, 940, 1216,
        ],
    ),
    (
        Category::A08,
        "A08:2021",
        "Software and Data Integrity Failures",
        &[345, 353, 426, 494, 502, 565, 784, 829, 830, 915],
    ),
    (
        Category::A09,
        "A09:2021",
        "Security Logging and Monitoring Failures",
        &[117, 223, 532, 778],
    ),
    (
        Category::A10,
        "A10:2021",
        "Server-Side Request Forgery (SSRF)",
        &[918],
    ),
];

/// The OWASP Top 10 2021 categories of a finding, from its CWE and its kind.
pub fn categories(cwe: Option<u32>, kind: Kind) -> Vec<Category> {
    let mut found: Vec<Category> = cwe
        .into_iter()
        .flat_map(|cwe| {
            OWASP_TOP10_2021
                .iter()
                .filter(move |(_, _, _, cwes)| cwes.contains(&cwe))
                .map(|(category, ..)| *category)
        })
        .collect();
    let by_kind = match kind {
        Kind::Dependency | Kind::Container => Some(Category::A06),
        Kind::Secret => Some(Category::A07),
        Kind::Iac => Some(Category::A05),
        Kind::Sast | Kind::Dast => None,
    };
    found.extend(by_kind);
    found.sort_unstable();
    found.dedup();
    found
}

/// A standard findings are mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    /// OWASP Top 10 2021.
    OwaspTop10_2021,
    /// PCI-DSS 4.0, requirement 6.
    PciDss4,
    /// SOC 2 trust services criteria CC7 and CC8.
    Soc2,
    /// HIPAA Security Rule, 45 CFR 164.308 and 164.312.
    Hipaa,
}

impl Framework {
    /// The name used in reports and file names.
    pub fn name(self) -> &'static str {
        match self {
            Self::OwaspTop10_2021 => "owasp_top10_2021",
            Self::PciDss4 => "pci_dss_4",
            Self::Soc2 => "soc2",
            Self::Hipaa => "hipaa",
        }
    }
}

/// What a control selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selects {
    /// Findings in any of these categories.
    Categories(&'static [Category]),
    /// Findings with one of these CWEs.
    Cwes(&'static [u32]),
    /// Every open vulnerability.
    Every,
}

/// A control of a framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Control {
    /// The framework's identifier (`6.2.4`, `CC7.1`, `164.312(b)`).
    pub id: &'static str,
    /// Its title, shortened.
    pub title: &'static str,
    /// The findings it concerns.
    pub selects: Selects,
}

use Category::*;

const PCI_DSS_4: &[Control] = &[
    Control {
        id: "6.2.4",
        title: "Software engineering techniques prevent or mitigate common software attacks",
        selects: Selects::Categories(&[A01, A02, A03, A04, A05, A07, A08, A10]),
    },
    Control {
        id: "6.3.1",
        title: "Security vulnerabilities are identified and managed",
        selects: Selects::Every,
    },
    Control {
        id: "6.3.3",
        title: "System components are protected from known vulnerabilities by installing patches",
        selects: Selects::Categories(&[A06]),
    },
];

const SOC2: &[Control] = &[
    Control {
        id: "CC7.1",
        title: "Detection and monitoring procedures identify newly discovered vulnerabilities",
        selects: Selects::Every,
    },
    Control {
        id: "CC7.2",
        title: "System components are monitored for anomalies indicative of malicious acts",
        selects: Selects::Categories(&[A09]),
    },
    Control {
        id: "CC8.1",
        title: "Changes to infrastructure and software are designed, acquired, configured and tested",
        selects: Selects::Categories(&[A04, A05, A06, A08]),
    },
];

const HIPAA: &[Control] = &[
    Control {
        id: "164.308(a)(1)(ii)(B)",
        title: "Risk management: security measures reduce risks and vulnerabilities",
        selects: Selects::Every,
    },
    Control {
        id: "164.308(a)(5)(ii)(B)",
        title: "Protection from malicious software",
        selects: Selects::Categories(&[A08]),
    },
    Control {
        id: "164.312(a)(1)",
        title: "Access control",
        selects: Selects::Categories(&[A01, A10]),
    },
    Control {
        id: "164.312(a)(2)(iv)",
        title: "Encryption and decryption",
        selects: Selects::Categories(&[A02]),
    },
    Control {
        id: "164.312(b)",
        title: "Audit controls",
        selects: Selects::Categories(&[A09]),
    },
    Control {
        id: "164.312(c)(1)",
        title: "Integrity",
        selects: Selects::Categories(&[A03, A08]),
    },
    Control {
        id: "164.312(d)",
        title: "Person or entity authentication",
        selects: Selects::Categories(&[A07]),
    },
    Control {
        id: "164.312(e)(1)",
        title: "Transmission security",
        selects: Selects::Cwes(&[295, 297, 319, 523, 757]),
    },
];

const OWASP_CONTROLS: [Control; 10] = {
    const fn control(index: usize, categories: &'static [Category]) -> Control {
        Control {
            id: OWASP_TOP10_2021[index].1,
            title: OWASP_TOP10_2021[index].2,
            selects: Selects::Categories(categories),
        }
    }
    [
        control(0, &[A01]),
        control(1, &[A02]),
        control(2, &[A03]),
        control(3, &[A04]),
        control(4, &[A05]),
        control(5, &[A06]),
        control(6, &[A07]),
        control(7, &[A08]),
        control(8, &[A09]),
        control(9, &[A10]),
    ]
};

/// The controls of `framework`, in the framework's order.
pub fn controls(framework: Framework) -> &'static [Control] {
    match framework {
        Framework::OwaspTop10_2021 => &OWASP_CONTROLS,
        Framework::PciDss4 => PCI_DSS_4,
        Framework::Soc2 => SOC2,
        Framework::Hipaa => HIPAA,
    }
}

impl Control {
    /// Whether this control concerns a finding with `cwe` in `categories`.
    pub fn concerns(&self, cwe: Option<u32>, categories: &[Category]) -> bool {
        match self.selects {
            Selects::Categories(selected) => categories.iter().any(|c| selected.contains(c)),
            Selects::Cwes(cwes) => cwe.is_some_and(|cwe| cwes.contains(&cwe)),
            Selects::Every => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(framework: Framework, cwe: Option<u32>, kind: Kind) -> Vec<&'static str> {
        let categories = categories(cwe, kind);
        controls(framework)
            .iter()
            .filter(|control| control.concerns(cwe, &categories))
            .map(|control| control.id)
            .collect()
    }

    #[test]
    fn cwes_map_to_owasp_categories_as_owasp_lists_them() {
        assert_eq!(categories(Some(89), Kind::Sast), vec![A03]);
        assert_eq!(categories(Some(79), Kind::Sast), vec![A03]);
        assert_eq!(categories(Some(22), Kind::Sast), vec![A01]);
        assert_eq!(categories(Some(327), Kind::Sast), vec![A02]);
        assert_eq!(categories(Some(502), Kind::Sast), vec![A08]);
        assert_eq!(categories(Some(918), Kind::Dast), vec![A10]);
        assert_eq!(categories(Some(532), Kind::Sast), vec![A09]);
        assert_eq!(categories(Some(611), Kind::Sast), vec![A05]);
        assert!(categories(Some(476), Kind::Sast).is_empty());
        assert!(categories(None, Kind::Sast).is_empty());
    }

    #[test]
    fn kinds_add_their_category() {
        // A vulnerable package is A06 whatever its weakness; its CWE adds its own.
        assert_eq!(categories(Some(79), Kind::Dependency), vec![A03, A06]);
        assert_eq!(categories(None, Kind::Container), vec![A06]);
        assert_eq!(categories(None, Kind::Secret), vec![A07]);
        assert_eq!(categories(Some(798), Kind::Secret), vec![A07]);
        assert_eq!(categories(None, Kind::Iac), vec![A05]);
    }

    #[test]
    fn every_cwe_is_in_at_most_one_category() {
        let mut seen = std::collections::HashMap::new();
        for (category, _, _, cwes) in OWASP_TOP10_2021 {
            for cwe in *cwes {
                assert_eq!(seen.insert(*cwe, *category), None, "CWE-{cwe}");
            }
        }
    }

    #[test]
    fn frameworks_select_controls_from_categories_cwes_or_everything() {
        assert_eq!(
            ids(Framework::OwaspTop10_2021, Some(89), Kind::Sast),
            ["A03:2021"]
        );
        assert_eq!(
            ids(Framework::PciDss4, Some(89), Kind::Sast),
            ["6.2.4", "6.3.1"]
        );
        assert_eq!(
            ids(Framework::PciDss4, None, Kind::Dependency),
            ["6.3.1", "6.3.3"]
        );
        // Logging weaknesses are requirement 10's, not 6's: only "managed" applies.
        assert_eq!(ids(Framework::PciDss4, Some(778), Kind::Sast), ["6.3.1"]);
        assert_eq!(
            ids(Framework::Soc2, Some(117), Kind::Sast),
            ["CC7.1", "CC7.2"]
        );
        assert_eq!(ids(Framework::Soc2, None, Kind::Iac), ["CC7.1", "CC8.1"]);
        assert_eq!(
            ids(Framework::Hipaa, Some(319), Kind::Sast),
            ["164.308(a)(1)(ii)(B)", "164.312(a)(2)(iv)", "164.312(e)(1)"]
        );
        assert_eq!(
            ids(Framework::Hipaa, None, Kind::Secret),
            ["164.308(a)(1)(ii)(B)", "164.312(d)"]
        );
        // Unmapped weaknesses still count where a control takes every vulnerability.
        assert!(ids(Framework::OwaspTop10_2021, Some(476), Kind::Sast).is_empty());
        assert_eq!(
            ids(Framework::Hipaa, Some(476), Kind::Sast),
            ["164.308(a)(1)(ii)(B)"]
        );
    }
}
