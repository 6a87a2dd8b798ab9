//! Just enough of the zip format to read a .docx: the central directory, stored and deflated
//! entries (inflated with miniz_oxide), CRC checks. Every length is checked against the data,
//! so damaged or truncated archives give an error, never a panic.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// The end-of-directory record is missing: the file was cut short.
    Truncated,
    /// A record points outside the data or has a wrong signature.
    Damaged(&'static str),
    Encrypted,
    UnsupportedMethod(u16),
    TooLarge,
    Missing,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: usize,
    size: usize,
    offset: usize,
}

pub struct Archive<'a> {
    data: &'a [u8],
    pub entries: Vec<Entry>,
}

fn u16_at(d: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(d.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(d: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(d.get(i..i + 4)?.try_into().ok()?))
}

pub fn is_zip(data: &[u8]) -> bool {
    data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06")
}

/// Names of the entries found by walking the local headers from the start; works on a
/// truncated archive, to tell what it was.
pub fn local_names(data: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    let mut pos = 0;
    while names.len() < 64 && u32_at(data, pos) == Some(0x0403_4b50) {
        let (Some(flags), Some(csize), Some(nlen), Some(xlen)) = (
            u16_at(data, pos + 6),
            u32_at(data, pos + 18),
            u16_at(data, pos + 26),
            u16_at(data, pos + 28),
        ) else {
            break;
        };
        let name_start = pos + 30;
        let Some(name) = data.get(name_start..name_start + nlen as usize) else {
            break;
        };
        names.push(String::from_utf8_lossy(name).into_owned());
        if flags & 0x08 != 0 {
            // Sizes follow the data; the walk cannot go on without the directory.
            break;
        }
        pos = name_start + nlen as usize + xlen as usize + csize as usize;
    }
    names
}

impl<'a> Archive<'a> {
    pub fn open(data: &'a [u8]) -> Result<Archive<'a>, ZipError> {
        // The end-of-central-directory record: 22 bytes plus a comment of up to 64 KiB.
        let earliest = data.len().saturating_sub(22 + 0xFFFF);
        let eocd = (earliest..=data.len().saturating_sub(22))
            .rev()
            .find(|&i| u32_at(data, i) == Some(0x0605_4b50))
            .ok_or(ZipError::Truncated)?;
        let count = u16_at(data, eocd + 10).ok_or(ZipError::Truncated)? as usize;
        let dir_size = u32_at(data, eocd + 12).ok_or(ZipError::Truncated)? as usize;
        let dir_start = u32_at(data, eocd + 16).ok_or(ZipError::Truncated)? as usize;
        if dir_start == 0xFFFF_FFFF || count == 0xFFFF {
            return Err(ZipError::Damaged("zip64 archives are not supported"));
        }
        if dir_start.checked_add(dir_size).is_none_or(|end| end > eocd) {
            return Err(ZipError::Truncated);
        }
        let mut entries = Vec::with_capacity(count.min(4096));
        let mut pos = dir_start;
        for _ in 0..count {
            if u32_at(data, pos) != Some(0x0201_4b50) {
                return Err(ZipError::Damaged("a central directory record is broken"));
            }
            let field = |off: usize| u32_at(data, pos + off).ok_or(ZipError::Truncated);
            let half = |off: usize| u16_at(data, pos + off).ok_or(ZipError::Truncated);
            let flags = half(8)?;
            let method = half(10)?;
            let crc = field(16)?;
            let compressed = field(20)? as usize;
            let size = field(24)? as usize;
            let nlen = half(28)? as usize;
            let xlen = half(30)? as usize;
            let clen = half(32)? as usize;
            let offset = field(42)? as usize;
            let name = data
                .get(pos + 46..pos + 46 + nlen)
                .ok_or(ZipError::Truncated)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method,
                flags,
                crc,
                compressed,
                size,
                offset,
            });
            pos += 46 + nlen + xlen + clen;
        }
        Ok(Archive { data, entries })
    }

    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    /// The uncompressed bytes of entry `name`, at most `limit` of them.
    pub fn read(&self, name: &str, limit: usize) -> Result<Vec<u8>, ZipError> {
        let e = self
            .entries
            .iter()
            .find(|e| e.name == name)
            .ok_or(ZipError::Missing)?;
        if e.flags & 0x01 != 0 {
            return Err(ZipError::Encrypted);
        }
        if e.size > limit {
            return Err(ZipError::TooLarge);
        }
        if u32_at(self.data, e.offset) != Some(0x0403_4b50) {
            return Err(ZipError::Damaged("an entry's local header is missing"));
        }
        let nlen = u16_at(self.data, e.offset + 26).ok_or(ZipError::Truncated)? as usize;
        let xlen = u16_at(self.data, e.offset + 28).ok_or(ZipError::Truncated)? as usize;
        let start = e.offset + 30 + nlen + xlen;
        let raw = start
            .checked_add(e.compressed)
            .and_then(|end| self.data.get(start..end))
            .ok_or(ZipError::Truncated)?;
        let out = match e.method {
            0 => raw.to_vec(),
            8 => decompress_to_vec_with_limit(raw, limit).map_err(|err| {
                if err.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                    ZipError::TooLarge
                } else {
                    ZipError::Damaged("compressed data is corrupt")
                }
            })?,
            m => return Err(ZipError::UnsupportedMethod(m)),
        };
        if crc32(&out) != e.crc {
            return Err(ZipError::Damaged("a checksum does not match"));
        }
        Ok(out)
    }
}

/// CRC-32 (IEEE), bit by bit: the entries read here are small.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

pub mod testing {
    //! A minimal zip writer for the tests and the fuzz targets: stored or deflated entries. The
    //! shipped code never calls it, so the linker leaves it out of the binaries.

    use super::crc32;

    pub fn write(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let mut dir = Vec::new();
        for (name, data) in entries {
            let body = if deflate {
                miniz_oxide::deflate::compress_to_vec(data, 6)
            } else {
                data.to_vec()
            };
            let method: u16 = if deflate { 8 } else { 0 };
            let offset = out.len() as u32;
            let crc = crc32(data);
            let mut common = Vec::new();
            common.extend_from_slice(&20u16.to_le_bytes());
            common.extend_from_slice(&0u16.to_le_bytes());
            common.extend_from_slice(&method.to_le_bytes());
            common.extend_from_slice(&[0, 0, 0, 0]);
            common.extend_from_slice(&crc.to_le_bytes());
            common.extend_from_slice(&(body.len() as u32).to_le_bytes());
            common.extend_from_slice(&(data.len() as u32).to_le_bytes());
            common.extend_from_slice(&(name.len() as u16).to_le_bytes());
            common.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&common);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&body);
            dir.extend_from_slice(b"PK\x01\x02");
            dir.extend_from_slice(&20u16.to_le_bytes());
            dir.extend_from_slice(&common);
            dir.extend_from_slice(&[0; 10]);
            dir.extend_from_slice(&offset.to_le_bytes());
            dir.extend_from_slice(name.as_bytes());
        }
        let dir_start = out.len() as u32;
        out.extend_from_slice(&dir);
        out.extend_from_slice(b"PK\x05\x06");
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(dir.len() as u32).to_le_bytes());
        out.extend_from_slice(&dir_start.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage() {
        for deflate in [false, true] {
            let zip = testing::write(&[("a.txt", b"hello hello hello"), ("b", b"")], deflate);
            let ar = Archive::open(&zip).unwrap();
            assert_eq!(ar.read("a.txt", 100).unwrap(), b"hello hello hello");
            assert_eq!(ar.read("b", 100).unwrap(), b"");
            assert_eq!(ar.read("c", 100).unwrap_err(), ZipError::Missing);
            assert_eq!(ar.read("a.txt", 5).unwrap_err(), ZipError::TooLarge);
            assert_eq!(
                Archive::open(&zip[..zip.len() - 30]).err(),
                Some(ZipError::Truncated)
            );
            assert_eq!(local_names(&zip[..40]), ["a.txt"]);
        }
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }
}
