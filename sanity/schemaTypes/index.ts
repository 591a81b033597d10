import { category } from './documents/category'
import { person } from './documents/person'
import { post } from './documents/post'
import { redirect } from './documents/redirect'
import { settings } from './documents/settings'
import { treatment } from './documents/treatment'
import { video } from './documents/video'
import { accessibleImage } from './objects/accessibleImage'
import { richText } from './objects/richText'
import { seo } from './objects/seo'

export const schemaTypes = [post, treatment, video, person, category, redirect, settings, accessibleImage, richText, seo]
